package org.sequestra.trace.graph;

import org.sequestra.trace.engine.TemporalGraph;

/**
 * A dataset's size as the database knows it before its graph is loaded, and the heap its graph
 * takes, estimated from the arrays the loader and the engine allocate.
 *
 * <p>Per transaction: the loader's rows (stored id 8, from 4, to 4, amount 8, currency 4, time 8,
 * day 4, credit 1, counterparty name reference 4 = 45 bytes) are alive while the engine's builder
 * is filled (34 bytes, {@link TemporalGraph#buildBytes}); the rows are let go before the engine
 * builds, whose peak is its builder next to the finished graph (42 bytes). The stored ids the graph
 * keeps (8 bytes) live throughout. Per account: its id (8), four string references (16), the
 * strings themselves (identifier and holder name, about {@value #ACCOUNT_STRING_BYTES} bytes
 * together) and the engine's two row offsets (8).
 *
 * <p>Not in the estimate: one node per transaction whose counterparty has no account (its stored id
 * and name), which only the load finds out; the size of the loaded graph is measured and accounted
 * instead ({@link DatasetGraph#memoryBytes()}).
 *
 * @param transactions the dataset's stored transactions
 * @param accounts the dataset's stored accounts
 */
public record GraphSize(long transactions, long accounts) {

  static final int ROW_BYTES = 45;
  static final int STORED_ID_BYTES = 8;
  static final int ACCOUNT_BYTES = 8 + 16;
  static final int ACCOUNT_STRING_BYTES = 128;

  /** The most heap a load of this dataset holds at once: what must be free before it starts. */
  public long loadBytes() {
    long accountBytes = (ACCOUNT_BYTES + ACCOUNT_STRING_BYTES) * accounts;
    long filling =
        (long) ROW_BYTES * transactions
            + TemporalGraph.buildBytes(transactions, accounts)
            - TemporalGraph.memoryBytes(transactions, accounts);
    long building = TemporalGraph.buildBytes(transactions, accounts);
    return Math.max(filling, building) + STORED_ID_BYTES * transactions + accountBytes;
  }

  /** The heap the loaded graph keeps while it is cached. */
  public long residentBytes() {
    return TemporalGraph.memoryBytes(transactions, accounts)
        + STORED_ID_BYTES * transactions
        + (ACCOUNT_BYTES + ACCOUNT_STRING_BYTES) * accounts;
  }
}
