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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a dataset's accounts and transactions from PostgreSQL into a {@link DatasetGraph}: one
 * repeatable-read snapshot (the version and the rows agree); accounts and transactions each with a
 * binary COPY, into arrays sized from the dataset's counts.
 */
@Component
class GraphLoader {

  /**
   * Binary COPY: numbers, times and dates arrive as PostgreSQL stores them, nothing is printed as
   * text and parsed back, and no result-set machinery runs per row. Rows come in the table's order,
   * which is id order unless rows were moved; {@link Rows#inIdOrder} makes sure (a sort in the
   * database would spill a large dataset to disk).
   */
  /** The accounts in id order (the graph's node order), also as a binary COPY. */
  private static final String ACCOUNTS =
      """
      copy (select id, kind, identifier, chain, holder_name from account where dataset_id = '%s'
            order by id) to stdout (format binary)
      """;

  static final String TRANSACTIONS =
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

  /**
   * The dataset's current graph version (bumped by every import, on whichever replica it ran),
   * without loading anything; within a load, the version of the load's snapshot.
   */
  long version(UUID datasetId) {
    Long version =
        jdbc.sql("select graph_version from dataset where id = ?")
            .param(datasetId)
            .query(Long.class)
            .single();
    return version == null ? -1 : version;
  }

  /**
   * The dataset's transaction and account counts, which the database keeps (transactions) or counts
   * from the dataset's own table of accounts: what a graph's size is estimated from before it is
   * loaded.
   */
  GraphSize size(UUID datasetId) {
    return jdbc.sql(
            "select d.transaction_count,"
                + " (select count(*) from account a where a.dataset_id = d.id)"
                + " from dataset d where d.id = ?")
        .param(datasetId)
        .query((row, n) -> new GraphSize(row.getLong(1), row.getLong(2)))
        .optional()
        .orElse(new GraphSize(0, 0));
  }

  DatasetGraph load(UUID datasetId) {
    return load(datasetId, size(datasetId));
  }

  /** Loads the graph with its arrays sized for {@code expected} (they grow if it was short). */
  DatasetGraph load(UUID datasetId, GraphSize expected) {
    return snapshot.execute(status -> read(datasetId, expected));
  }

  private DatasetGraph read(UUID datasetId, GraphSize expected) {
    // The snapshot's first read: an import committing after it is not in the rows either.
    long version = version(datasetId);
    Accounts accounts = new Accounts(expected.accounts());
    Rows rows;
    // The transaction's own connection, so the copies read the same snapshot as the query above.
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      PGConnection postgres = connection.unwrap(PGConnection.class);
      try (InputStream copy = new PGCopyInputStream(postgres, ACCOUNTS.formatted(datasetId))) {
        new BinaryCopyReader(copy)
            .forEachRow(
                row -> accounts.add(row.int8(), row.text(), row.text(), row.text(), row.text()));
      }
      accounts.trim();
      rows = new Rows(accounts.ids, expected.transactions());
      try (InputStream copy = new PGCopyInputStream(postgres, TRANSACTIONS.formatted(datasetId))) {
        new BinaryCopyReader(copy).forEachRow(rows::add);
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "reading the accounts and transactions of dataset " + datasetId + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    return rows.build(version, accounts);
  }

  /** The dataset's accounts in id order, in arrays (no object per account but its strings). */
  private static final class Accounts {

    private final Map<String, String> kindNames = new HashMap<>();
    private int count;
    private long[] ids;
    private String[] kinds;
    private String[] identifiers;
    private String[] chains;
    private String[] holders;

    Accounts(long expected) {
      int capacity = (int) Math.min(Math.max(expected, 16), Integer.MAX_VALUE - 8);
      ids = new long[capacity];
      kinds = new String[capacity];
      identifiers = new String[capacity];
      chains = new String[capacity];
      holders = new String[capacity];
    }

    void add(long id, String kind, String identifier, String chain, String holder) {
      if (count == ids.length) {
        resize(count * 2);
      }
      ids[count] = id;
      // Three kinds: one string each rather than one per account.
      kinds[count] = kindNames.computeIfAbsent(kind, name -> name);
      identifiers[count] = identifier;
      chains[count] = chain;
      holders[count] = holder;
      count++;
    }

    void trim() {
      if (count != ids.length) {
        resize(count);
      }
    }

    private void resize(int size) {
      ids = Arrays.copyOf(ids, size);
      kinds = Arrays.copyOf(kinds, size);
      identifiers = Arrays.copyOf(identifiers, size);
      chains = Arrays.copyOf(chains, size);
      holders = Arrays.copyOf(holders, size);
    }
  }

  /** The transactions as directed edges, before mirrored statement entries are matched. */
  private static final class Rows {

    private static final int UNIDENTIFIED = -1;

    private final long[] accountIds;
    private final Currencies currencies = new Currencies();
    private final BitSet statementAccounts = new BitSet();
    private int count;
    private long[] storedId;
    private int[] from;
    private int[] to;
    private long[] amount;
    private int[] currency;
    private long[] time;
    private int[] day;
    private boolean[] credit;

    /** The counterparty's name where it has no account (the row's other end is UNIDENTIFIED). */
    private String[] partyName;

    private final List<Long> unidentifiedOf = new ArrayList<>();
    private final List<String> unidentifiedNames = new ArrayList<>();
    private String lastCurrency;
    private int lastCode;

    Rows(long[] accountIds, long expected) {
      this.accountIds = accountIds;
      int capacity = (int) Math.min(Math.max(expected, 1024), Integer.MAX_VALUE - 8);
      storedId = new long[capacity];
      from = new int[capacity];
      to = new int[capacity];
      amount = new long[capacity];
      currency = new int[capacity];
      time = new long[capacity];
      day = new int[capacity];
      credit = new boolean[capacity];
      partyName = new String[capacity];
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
      // The reader returns the same string for the same text: most rows skip the map.
      String currencyName = row.text();
      if (currencyName != lastCurrency) {
        lastCurrency = currencyName;
        lastCode = currencies.codeOf(currencyName);
      }
      int code = lastCode;
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

    DatasetGraph build(long version, Accounts accounts) {
      long[] ids = accounts.ids;
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
          TemporalGraph.builder(count).accountCount(ids.length + unidentifiedOf.size());
      long[] transactionIds = new long[count];
      int added = 0;
      for (int i = 0; i < count; i++) {
        // A zero amount moves nothing; a mirrored credit is the sender's debit seen again.
        if (amount[i] > 0 && !mirrored.get(i)) {
          builder.add(from[i], to[i], amount[i], currency[i], time[i], storedId[i]);
          transactionIds[added++] = storedId[i];
        }
      }
      // The rows are in the builder now: let them go before it builds (the peak of a load).
      release();
      TemporalGraph graph = builder.build();
      return new DatasetGraph(
          version,
          graph,
          currencies,
          ids,
          accounts.kinds,
          accounts.identifiers,
          accounts.chains,
          accounts.holders,
          unidentifiedOf.stream().mapToLong(Long::longValue).toArray(),
          unidentifiedNames.toArray(String[]::new),
          added == transactionIds.length ? transactionIds : Arrays.copyOf(transactionIds, added));
    }

    private void release() {
      storedId = null;
      from = null;
      to = null;
      amount = null;
      currency = null;
      time = null;
      day = null;
      credit = null;
      partyName = null;
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
