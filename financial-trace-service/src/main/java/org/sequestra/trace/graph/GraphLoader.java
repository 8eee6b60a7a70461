package org.sequestra.trace.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequestra.trace.engine.TemporalGraph;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a dataset's accounts and transactions from PostgreSQL into a {@link DatasetGraph}: one
 * repeatable-read snapshot (the version and the rows agree), rows streamed with a fetch size into
 * primitive arrays.
 */
@Component
class GraphLoader {

  static final int FETCH_SIZE = 10_000;

  private static final String TRANSACTIONS =
      """
      select id, account_id, counterparty_account_id, counterparty_name, direction, amount,
             currency, extract(epoch from booked_at)::bigint booked_at,
             booking_date - date '1970-01-01' booking_day
      from transaction where dataset_id = ? order by id
      """;

  private final JdbcTemplate streaming;
  private final TransactionTemplate snapshot;

  GraphLoader(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.streaming = new JdbcTemplate(jdbc.getDataSource());
    this.streaming.setFetchSize(FETCH_SIZE);
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot.setReadOnly(true);
  }

  /** The dataset's current version (bumped by every import), without loading anything. */
  long version(UUID datasetId) {
    Long version =
        streaming.queryForObject("select version from dataset where id = ?", Long.class, datasetId);
    return version == null ? -1 : version;
  }

  DatasetGraph load(UUID datasetId) {
    return snapshot.execute(status -> read(datasetId));
  }

  private DatasetGraph read(UUID datasetId) {
    long version = version(datasetId);
    List<Long> ids = new ArrayList<>();
    List<String[]> accounts = new ArrayList<>();
    streaming.query(
        "select id, kind, identifier, chain, holder_name from account where dataset_id = ? order by id",
        (RowCallbackHandler)
            row -> {
              ids.add(row.getLong(1));
              accounts.add(
                  new String[] {row.getString(2), row.getString(3), row.getString(4), row.getString(5)});
            },
        datasetId);
    long[] accountIds = ids.stream().mapToLong(Long::longValue).toArray();
    Rows rows = new Rows(accountIds);
    streaming.query(TRANSACTIONS, (RowCallbackHandler) rows::add, datasetId);
    return rows.build(version, accountIds, accounts);
  }

  /** The transactions as directed edges, before mirrored statement entries are matched. */
  private static final class Rows {

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
    private final List<Long> unidentifiedOf = new ArrayList<>();
    private final List<String> unidentifiedNames = new ArrayList<>();

    Rows(long[] accountIds) {
      this.accountIds = accountIds;
    }

    void add(ResultSet row) throws SQLException {
      if (count == storedId.length) {
        grow();
      }
      long id = row.getLong("id");
      int account = node(row.getLong("account_id"));
      statementAccounts.set(account);
      long counterpartyId = row.getLong("counterparty_account_id");
      int counterparty;
      if (row.wasNull()) {
        // Money to or from a party without an account number ends (or starts) with that party alone.
        counterparty = accountIds.length + unidentifiedOf.size();
        unidentifiedOf.add(id);
        unidentifiedNames.add(row.getString("counterparty_name"));
      } else {
        counterparty = node(counterpartyId);
      }
      boolean isCredit = "CREDIT".equals(row.getString("direction"));
      int code = currencies.codeOf(row.getString("currency"));
      storedId[count] = id;
      from[count] = isCredit ? counterparty : account;
      to[count] = isCredit ? account : counterparty;
      amount[count] = currencies.toMinor(row.getBigDecimal("amount"), code);
      currency[count] = code;
      time[count] = row.getLong("booked_at");
      day[count] = row.getInt("booking_day");
      credit[count] = isCredit;
      count++;
    }

    DatasetGraph build(long version, long[] ids, List<String[]> accounts) {
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
     * the sender's DEBIT and the receiver's CREDIT. Each credit that a debit with the same accounts,
     * amount, currency and booking day matches is dropped, one for one.
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
        throw new IllegalStateException("transaction names account " + accountId + " outside its dataset");
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
    }
  }

  private record Transfer(int from, int to, long amount, int currency, int day) {}
}
