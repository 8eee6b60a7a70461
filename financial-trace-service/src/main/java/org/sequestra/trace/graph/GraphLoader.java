package org.sequestra.trace.graph;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.sequestra.trace.engine.TemporalGraph;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a dataset's accounts and transactions from PostgreSQL into a {@link DatasetGraph}: one
 * repeatable-read snapshot (the version and the rows agree); accounts streamed with a fetch size,
 * transactions with a binary COPY, into primitive arrays.
 */
@Component
class GraphLoader {

  static final int FETCH_SIZE = 10_000;

  /**
   * Binary COPY: numbers, times and dates arrive as PostgreSQL stores them, nothing is printed as
   * text and parsed back, and no result-set machinery runs per row. Rows come in the table's order,
   * which is id order unless rows were moved; {@link Rows#inIdOrder} makes sure (a sort in the
   * database would spill a large dataset to disk).
   */
  private static final String TRANSACTIONS =
      """
      copy (select id, account_id, counterparty_account_id, counterparty_name, direction = 'CREDIT',
                   amount, currency, booked_at, booking_date
            from transaction where dataset_id = '%s') to stdout (format binary)
      """;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate snapshot;

  GraphLoader(DataSource dataSource, PlatformTransactionManager transactions) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot.setReadOnly(true);
  }

  /** The dataset's current version (bumped by every import), without loading anything. */
  long version(UUID datasetId) {
    Long version =
        jdbc.sql("select version from dataset where id = ?")
            .param(datasetId)
            .query(Long.class)
            .single();
    return version == null ? -1 : version;
  }

  DatasetGraph load(UUID datasetId) {
    return snapshot.execute(status -> read(datasetId));
  }

  private DatasetGraph read(UUID datasetId) {
    long version = version(datasetId);
    List<Long> ids = new ArrayList<>();
    List<String[]> accounts = new ArrayList<>();
    jdbc.sql(
            "select id, kind, identifier, chain, holder_name from account where dataset_id = ?"
                + " order by id")
        .param(datasetId)
        .withFetchSize(FETCH_SIZE)
        .query(
            (RowCallbackHandler)
                row -> {
                  ids.add(row.getLong(1));
                  accounts.add(
                      new String[] {
                        row.getString(2), row.getString(3), row.getString(4), row.getString(5)
                      });
                });
    long[] accountIds = ids.stream().mapToLong(Long::longValue).toArray();
    Rows rows = new Rows(accountIds);
    // The transaction's own connection, so the copy reads the same snapshot as the queries above.
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (InputStream copy =
        new PGCopyInputStream(
            connection.unwrap(PGConnection.class), TRANSACTIONS.formatted(datasetId))) {
      new BinaryCopyReader(copy).forEachRow(rows::add);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "reading the transactions of dataset " + datasetId + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    return rows.build(version, accountIds, accounts);
  }

  /** The transactions as directed edges, before mirrored statement entries are matched. */
  private static final class Rows {

    private static final int UNIDENTIFIED = -1;

    private final long[] accountIds;
    private final Currencies currencies = new Currencies();
    private final BitSet statementAccounts = new BitSet();
    private int count;
    private long[] storedId = new long[1024];
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private long[] amount = new long[1024];
    private int[] currency = new int[1024];
    private long[] time = new long[1024];
    private int[] day = new int[1024];
    private boolean[] credit = new boolean[1024];

    /** The counterparty's name where it has no account (the row's other end is UNIDENTIFIED). */
    private String[] partyName = new String[1024];

    private final List<Long> unidentifiedOf = new ArrayList<>();
    private final List<String> unidentifiedNames = new ArrayList<>();

    Rows(long[] accountIds) {
      this.accountIds = accountIds;
    }

    void add(BinaryCopyReader.Row row) throws IOException {
      if (count == storedId.length) {
        grow();
      }
      long id = row.int8();
      int account = node(row.int8());
      statementAccounts.set(account);
      int counterparty;
      if (row.isNull()) {
        row.skip();
        // Numbered once the rows are in id order (see build).
        counterparty = UNIDENTIFIED;
        partyName[count] = row.text();
      } else {
        counterparty = node(row.int8());
        row.skip();
      }
      boolean isCredit = row.bool();
      BinaryCopyReader.Numeric amountValue = row.numeric();
      int code = currencies.codeOf(row.text());
      storedId[count] = id;
      from[count] = isCredit ? counterparty : account;
      to[count] = isCredit ? account : counterparty;
      amount[count] = amountValue.toMinor(currencies.digits(code));
      currency[count] = code;
      time[count] = row.timestamp();
      day[count] = row.date();
      credit[count] = isCredit;
      count++;
    }

    /**
     * Puts the rows in id (import) order if they did not arrive in it: the matching of mirrored
     * entries and the id look-ups of the graph rely on it.
     */
    private void inIdOrder() {
      boolean ascending = true;
      for (int i = 1; i < count && ascending; i++) {
        ascending = storedId[i - 1] < storedId[i];
      }
      if (ascending) {
        return;
      }
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(storedId[a], storedId[b]));
      storedId = permuted(storedId, order);
      from = permuted(from, order);
      to = permuted(to, order);
      amount = permuted(amount, order);
      currency = permuted(currency, order);
      time = permuted(time, order);
      day = permuted(day, order);
      boolean[] sortedCredit = new boolean[count];
      String[] sortedPartyName = new String[count];
      for (int i = 0; i < count; i++) {
        sortedCredit[i] = credit[order[i]];
        sortedPartyName[i] = partyName[order[i]];
      }
      credit = sortedCredit;
      partyName = sortedPartyName;
    }

    private long[] permuted(long[] values, Integer[] order) {
      long[] sorted = new long[count];
      for (int i = 0; i < count; i++) {
        sorted[i] = values[order[i]];
      }
      return sorted;
    }

    private int[] permuted(int[] values, Integer[] order) {
      int[] sorted = new int[count];
      for (int i = 0; i < count; i++) {
        sorted[i] = values[order[i]];
      }
      return sorted;
    }

    DatasetGraph build(long version, long[] ids, List<String[]> accounts) {
      inIdOrder();
      // Money to or from a party without an account number ends (or starts) with that party alone.
      for (int i = 0; i < count; i++) {
        if (from[i] == UNIDENTIFIED || to[i] == UNIDENTIFIED) {
          int node = accountIds.length + unidentifiedOf.size();
          unidentifiedOf.add(storedId[i]);
          unidentifiedNames.add(partyName[i]);
          if (from[i] == UNIDENTIFIED) {
            from[i] = node;
          } else {
            to[i] = node;
          }
        }
      }
      BitSet mirrored = mirroredCredits();
      TemporalGraph.Builder builder =
          TemporalGraph.builder().accountCount(ids.length + unidentifiedOf.size());
      long[] transactionIds = new long[count];
      int added = 0;
      for (int i = 0; i < count; i++) {
        // A zero amount moves nothing; a mirrored credit is the sender's debit seen again.
        if (amount[i] > 0 && !mirrored.get(i)) {
          builder.add(from[i], to[i], amount[i], currency[i], time[i], storedId[i]);
          transactionIds[added++] = storedId[i];
        }
      }
      String[] kinds = new String[ids.length];
      String[] identifiers = new String[ids.length];
      String[] chains = new String[ids.length];
      String[] holders = new String[ids.length];
      for (int i = 0; i < ids.length; i++) {
        String[] account = accounts.get(i);
        kinds[i] = account[0];
        identifiers[i] = account[1];
        chains[i] = account[2];
        holders[i] = account[3];
      }
      return new DatasetGraph(
          version,
          builder.build(),
          currencies,
          ids,
          kinds,
          identifiers,
          chains,
          holders,
          unidentifiedOf.stream().mapToLong(Long::longValue).toArray(),
          unidentifiedNames.toArray(String[]::new),
          Arrays.copyOf(transactionIds, added));
    }

    /**
     * A transfer between two accounts whose statements are both in the dataset appears twice: as
     * the sender's DEBIT and the receiver's CREDIT. Each credit that a debit with the same
     * accounts, amount, currency and booking day matches is dropped, one for one.
     */
    private BitSet mirroredCredits() {
      Map<Transfer, ArrayDeque<Integer>> credits = new HashMap<>();
      for (int i = 0; i < count; i++) {
        if (credit[i] && statementAccounts.get(from[i])) {
          credits.computeIfAbsent(transfer(i), key -> new ArrayDeque<>()).add(i);
        }
      }
      BitSet mirrored = new BitSet();
      if (credits.isEmpty()) {
        return mirrored;
      }
      for (int i = 0; i < count; i++) {
        if (!credit[i] && statementAccounts.get(to[i])) {
          ArrayDeque<Integer> matching = credits.get(transfer(i));
          if (matching != null && !matching.isEmpty()) {
            mirrored.set(matching.poll());
          }
        }
      }
      return mirrored;
    }

    private Transfer transfer(int i) {
      return new Transfer(from[i], to[i], amount[i], currency[i], day[i]);
    }

    private int node(long accountId) {
      int at = Arrays.binarySearch(accountIds, accountId);
      if (at < 0) {
        throw new IllegalStateException(
            "transaction names account " + accountId + " outside its dataset");
      }
      return at;
    }

    private void grow() {
      int size = storedId.length * 2;
      storedId = Arrays.copyOf(storedId, size);
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      amount = Arrays.copyOf(amount, size);
      currency = Arrays.copyOf(currency, size);
      time = Arrays.copyOf(time, size);
      day = Arrays.copyOf(day, size);
      credit = Arrays.copyOf(credit, size);
      partyName = Arrays.copyOf(partyName, size);
    }
  }

  private record Transfer(int from, int to, long amount, int currency, int day) {}
}
