package org.sequestra.trace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.trace.engine.TemporalGraph;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The graph as read from PostgreSQL with a binary COPY: amounts, directions, mirrored entries,
 * counterparties.
 */
class GraphLoaderTest {

  private static DataSource dataSource;
  private static JdbcTemplate jdbc;
  private static GraphLoader loader;

  @BeforeAll
  static void database() {
    dataSource = TestDatabase.dataSource("graph_loader");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    loader = new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource));
  }

  @Test
  void readsAmountsInMinorUnitsOfEachCurrencyRoundedHalfUp() {
    UUID dataset = dataset();
    long a = account(dataset, "NL91ABNA0417164300");
    long b = account(dataset, "DE89370400440532013000");
    String[][] amounts = {
      {"1500.00", "EUR"},
      {"0.005", "EUR"},
      {"0.0049", "EUR"},
      {"123456789.125", "BHD"},
      {"1000", "JPY"},
      {"2.5", "JPY"},
      {"99999999999.99", "EUR"},
      {"10000", "EUR"},
      {"0.0001", "USD"},
      {"12345678.9", "XAU"}
    };
    for (int i = 0; i < amounts.length; i++) {
      transaction(dataset, a, b, null, "DEBIT", amounts[i][0], amounts[i][1], i, "R" + i);
    }
    DatasetGraph loaded = loader.load(dataset);
    TemporalGraph graph = loaded.graph();
    // Zero amounts move nothing and are left out; every other amount is exact in minor units.
    int expected = 0;
    for (String[] amount : amounts) {
      long minor = minor(amount[0], amount[1]);
      if (minor > 0) {
        int edge = expected++;
        assertThat(graph.amount(edge)).as(amount[0] + " " + amount[1]).isEqualTo(minor);
        assertThat(loaded.currencies().name(graph.currency(edge))).isEqualTo(amount[1]);
        assertThat(loaded.label(graph.from(edge))).contains("NL91ABNA0417164300");
      }
    }
    assertThat(graph.transactionCount()).isEqualTo(expected);
  }

  @Test
  void turnsCreditsAroundDropsMirroredEntriesAndKeepsUnidentifiedCounterparties() {
    UUID dataset = dataset();
    long a = account(dataset, "NL91ABNA0417164300");
    long b = account(dataset, "DE89370400440532013000");
    // A to B seen on both statements (debit at A, credit at B), a cash deposit at B from a named
    // party without an account, and a credit at A from B.
    long debit = transaction(dataset, a, b, null, "DEBIT", "700.00", "EUR", 10, "D1");
    transaction(dataset, b, a, null, "CREDIT", "700.00", "EUR", 10, "C1");
    long cash =
        transaction(dataset, b, null, "Unknown depositor", "CREDIT", "50.00", "EUR", 20, "C2");
    long back = transaction(dataset, a, b, null, "CREDIT", "25.00", "EUR", 30, "C3");

    DatasetGraph loaded = loader.load(dataset);
    TemporalGraph graph = loaded.graph();

    assertThat(graph.transactionCount()).isEqualTo(3);
    assertThat(loaded.transactionId(graph.transactionId(0))).isEqualTo(debit);
    assertThat(loaded.accountId(graph.from(0))).isEqualTo(a);
    assertThat(loaded.accountId(graph.to(0))).isEqualTo(b);
    assertThat(loaded.transactionId(graph.transactionId(1))).isEqualTo(cash);
    assertThat(loaded.isAccount(graph.from(1))).isFalse();
    assertThat(loaded.label(graph.from(1))).contains("Unknown depositor");
    assertThat(loaded.accountId(graph.to(1))).isEqualTo(b);
    assertThat(loaded.transactionId(graph.transactionId(2))).isEqualTo(back);
    assertThat(loaded.accountId(graph.from(2))).isEqualTo(b);
    assertThat(loaded.accountId(graph.to(2))).isEqualTo(a);
  }

  @Test
  void rowsMovedInTheTableStillComeInIdOrder() {
    UUID dataset = dataset();
    long a = account(dataset, "NL91ABNA0417164300");
    long b = account(dataset, "DE89370400440532013000");
    long[] ids = new long[40];
    for (int i = 0; i < ids.length; i++) {
      ids[i] =
          i % 2 == 0
              ? transaction(
                  dataset, a, null, "Party " + i, "DEBIT", (i + 1) + ".00", "EUR", 100 - i, "R" + i)
              : transaction(dataset, a, b, null, "DEBIT", (i + 1) + ".00", "EUR", 100 - i, "R" + i);
    }
    // Later rows booked earlier, and an update writes a new row version after the others: whether
    // PostgreSQL reads the table or the time index, rows do not arrive in id order.
    jdbc.update(
        "update transaction set remittance_info = 'corrected' where dataset_id = ? and source_line = 1"
            + " and id % 3 = 0",
        dataset);

    DatasetGraph loaded = loader.load(dataset);
    TemporalGraph graph = loaded.graph();

    for (int i = 0; i < ids.length; i++) {
      int edge = graph.edgesOf(loaded.engineTransaction(ids[i]).orElseThrow())[0];
      assertThat(graph.amount(edge)).isEqualTo((i + 1) * 100L);
      int receiver = graph.to(edge);
      if (i % 2 == 0) {
        assertThat(loaded.label(receiver)).contains("Party " + i);
      } else {
        assertThat(loaded.accountId(receiver)).isEqualTo(b);
      }
    }
  }

  @Test
  void loadsALargeDatasetCompletely() {
    UUID dataset = dataset();
    jdbc.update(
        "insert into account (dataset_id, kind, identifier) select ?, 'ACCOUNT_NUMBER', 'A' || n"
            + " from generate_series(1, 20000) n",
        dataset);
    int rows = 300_000;
    jdbc.update(
        """
        insert into transaction (dataset_id, import_id, source_line, account_id, counterparty_account_id,
            direction, amount, currency, booked_at, booking_date, dedup_key)
        select ?, ?, n, a.first + n % 20000, a.first + (n * 7 + 1) % 20000, 'DEBIT',
            (n % 100000) / 100.0 + 0.01, 'EUR', timestamptz '2025-01-01' + n * interval '1 minute',
            date '2025-01-01' + n / 1440, 'ref:' || n
        from generate_series(1, ?) n,
             (select min(id) first from account where dataset_id = ?) a
        """,
        dataset, UUID.randomUUID(), rows, dataset);
    DatasetGraph loaded = null;
    for (int round = 1; round <= 3; round++) {
      long started = System.nanoTime();
      loaded = loader.load(dataset);
      long nanos = System.nanoTime() - started;
      // For the record (first load includes compiling the loader), not asserted.
      System.out.printf(
          "GraphLoader, load %d: %,d transactions in %d ms (%,.0f rows/s)%n",
          round, rows, nanos / 1_000_000, rows / (nanos / 1e9));
    }

    TemporalGraph graph = loaded.graph();
    assertThat(graph.transactionCount()).isEqualTo(rows);
    long sum = 0;
    for (int e = 0; e < graph.transactionCount(); e++) {
      sum += graph.amount(e);
    }
    Long stored =
        jdbc.queryForObject(
            "select sum(amount * 100)::bigint from transaction where dataset_id = ?",
            Long.class,
            dataset);
    assertThat(sum).isEqualTo(stored);
  }

  private static long minor(String amount, String currency) {
    return new BigDecimal(amount)
        .movePointRight(Currencies.digitsOf(currency))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static UUID dataset() {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by, version)"
            + " values (?, 'NL-2026-1', 'statements', 'NL-ARO', now(), 'test', 1)",
        id);
    // Its partitions of the transaction and account tables, as a first import leaves them.
    for (String table : List.of("transaction", "account")) {
      jdbc.execute(
          "create table "
              + table
              + "_"
              + id.toString().replace("-", "")
              + " partition of "
              + table
              + " for values in ('"
              + id
              + "')");
    }
    return id;
  }

  private static long account(UUID dataset, String iban) {
    return jdbc.queryForObject(
        "insert into account (dataset_id, kind, identifier) values (?, 'IBAN', ?) returning id",
        Long.class,
        dataset,
        iban);
  }

  private static long transaction(
      UUID dataset,
      long account,
      Long counterparty,
      String counterpartyName,
      String direction,
      String amount,
      String currency,
      int minute,
      String reference) {
    return jdbc.queryForObject(
        """
        insert into transaction (dataset_id, import_id, source_line, account_id, counterparty_account_id,
            counterparty_name, direction, amount, currency, booked_at, booking_date, dedup_key)
        values (?, ?, 1, ?, ?, ?, ?, ?::numeric, ?, ?, date '2025-03-01', ?) returning id
        """,
        Long.class,
        dataset,
        UUID.randomUUID(),
        account,
        counterparty,
        counterpartyName,
        direction,
        amount,
        currency,
        java.sql.Timestamp.from(Instant.parse("2025-03-01T10:00:00Z").plusSeconds(60L * minute)),
        reference);
  }
}
