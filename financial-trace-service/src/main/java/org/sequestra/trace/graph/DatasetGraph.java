package org.sequestra.trace.graph;

import java.util.Arrays;
import java.util.OptionalInt;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * A dataset's transactions as the engine's {@link TemporalGraph}, with what is needed to translate
 * between the engine's dense ids and the database: accounts (node {@code i < accountCount()} is the
 * account with the i-th smallest id) and, after them, one node per transaction whose counterparty
 * has no account ("unidentified counterparty"); engine transaction ids map to stored ids.
 */
public final class DatasetGraph {

  private final long version;
  private final TemporalGraph graph;
  private final Currencies currencies;
  private final long[] accountIds;
  private final String[] kinds;
  private final String[] identifiers;
  private final String[] chains;
  private final String[] holderNames;
  private final long[] unidentifiedOfTransaction;
  private final String[] unidentifiedNames;
  private final long[] transactionIds;

  DatasetGraph(
      long version,
      TemporalGraph graph,
      Currencies currencies,
      long[] accountIds,
      String[] kinds,
      String[] identifiers,
      String[] chains,
      String[] holderNames,
      long[] unidentifiedOfTransaction,
      String[] unidentifiedNames,
      long[] transactionIds) {
    this.version = version;
    this.graph = graph;
    this.currencies = currencies;
    this.accountIds = accountIds;
    this.kinds = kinds;
    this.identifiers = identifiers;
    this.chains = chains;
    this.holderNames = holderNames;
    this.unidentifiedOfTransaction = unidentifiedOfTransaction;
    this.unidentifiedNames = unidentifiedNames;
    this.transactionIds = transactionIds;
  }

  /** The dataset version the graph was loaded at. */
  public long version() {
    return version;
  }

  public TemporalGraph graph() {
    return graph;
  }

  public Currencies currencies() {
    return currencies;
  }

  public int accountCount() {
    return accountIds.length;
  }

  /** The node of a stored account, if the dataset has it. */
  public OptionalInt nodeOf(long accountId) {
    int at = Arrays.binarySearch(accountIds, accountId);
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
  }

  /** Nodes of accounts with this identifier (IBAN, account number, address). */
  public int[] nodesWithIdentifier(String identifier) {
    int[] found = new int[0];
    for (int node = 0; node < identifiers.length; node++) {
      if (identifiers[node].equalsIgnoreCase(identifier)) {
        found = Arrays.copyOf(found, found.length + 1);
        found[found.length - 1] = node;
      }
    }
    return found;
  }

  public boolean isAccount(int node) {
    return node < accountIds.length;
  }

  public long accountId(int node) {
    return accountIds[node];
  }

  public String kind(int node) {
    return isAccount(node) ? kinds[node] : null;
  }

  public String identifier(int node) {
    return isAccount(node) ? identifiers[node] : null;
  }

  public String chain(int node) {
    return isAccount(node) ? chains[node] : null;
  }

  public String holderName(int node) {
    return isAccount(node) ? holderNames[node] : null;
  }

  /**
   * A readable, unique name: the identifier and holder, or the unidentified counterparty's
   * transaction.
   */
  public String label(int node) {
    if (isAccount(node)) {
      return holderNames[node] == null
          ? identifiers[node]
          : identifiers[node] + " (" + holderNames[node] + ")";
    }
    int unidentified = node - accountIds.length;
    String name = unidentifiedNames[unidentified];
    return "unidentified counterparty"
        + (name == null ? "" : " '" + name + "'")
        + " of transaction "
        + unidentifiedOfTransaction[unidentified];
  }

  /**
   * The heap this graph holds: the engine's arrays, the stored ids and the account and counterparty
   * strings (each string's bytes plus about 40 bytes of object headers).
   */
  public long memoryBytes() {
    long bytes =
        graph.memoryBytes()
            + 8L * transactionIds.length
            + 8L * accountIds.length
            + 16L * accountIds.length
            + 12L * unidentifiedOfTransaction.length;
    for (String[] strings : new String[][] {identifiers, chains, holderNames, unidentifiedNames}) {
      for (String text : strings) {
        bytes += text == null ? 0 : 40 + text.length();
      }
    }
    return bytes;
  }

  /** The stored id of an engine transaction. */
  public long transactionId(int engineTransaction) {
    return transactionIds[engineTransaction];
  }

  /** The engine transaction of a stored one, if the graph holds it. */
  public OptionalInt engineTransaction(long storedId) {
    // Stored ids were added in ascending order (see GraphLoader), so they are sorted.
    int at = Arrays.binarySearch(transactionIds, storedId);
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
  }
}
