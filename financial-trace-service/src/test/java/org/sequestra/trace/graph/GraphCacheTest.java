package org.sequestra.trace.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.web.ServiceBusyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * The memory budget of the graph cache: a graph is estimated before it is loaded, refused when it
 * cannot fit, makes room by evicting the least recently used graphs, and an OutOfMemoryError during
 * a load leaves the cache usable.
 */
class GraphCacheTest {

  private static final int TRANSACTIONS = 2_000;
  private static final int ACCOUNTS = 50;

  private static DataSource dataSource;
  private static JdbcTemplate jdbc;
  private static GraphLoader loader;

  @BeforeAll
  static void database() {
    dataSource = TestDatabase.dataSource("graph_cache");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    loader = new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource));
  }

  @Test
  void estimatesTheGraphFromTheDatasetsCountsBeforeLoadingIt() {
    UUID dataset = dataset();
    GraphSize size = loader.size(dataset);
    assertThat(size).isEqualTo(new GraphSize(TRANSACTIONS, ACCOUNTS));
    DatasetGraph graph = loader.load(dataset, size);
    assertThat(graph.graph().transactionCount()).isEqualTo(TRANSACTIONS);
    // The engine's part is known exactly; the load needs more than the graph keeps.
    assertThat(graph.graph().memoryBytes())
        .isEqualTo(org.sequestra.trace.engine.TemporalGraph.memoryBytes(TRANSACTIONS, ACCOUNTS));
    assertThat(size.loadBytes()).isGreaterThan(size.residentBytes());
    assertThat(size.residentBytes()).isGreaterThanOrEqualTo(graph.memoryBytes());
  }

  @Test
  void refusesAGraphLargerThanTheBudgetAndCountsIt() {
    UUID dataset = dataset();
    long needed = loader.size(dataset).loadBytes();
    MeterRegistry meters = new SimpleMeterRegistry();
    GraphCache cache = cache(loader, needed - 1, meters);

    assertThatThrownBy(() -> cache.graphOf(dataset))
        .isInstanceOfSatisfying(
            GraphTooLargeException.class,
            refused -> {
              assertThat(refused.neededBytes()).isEqualTo(needed);
              assertThat(refused.budgetBytes()).isEqualTo(needed - 1);
              assertThat(refused.getMessage())
                  .contains(dataset.toString(), "2000 transactions", "-Xmx")
                  .contains("sequestra.trace.graph-memory-budget");
            });
    assertThat(refused(meters, "too-large")).isEqualTo(1);
    assertThat(cache.usedBytes()).isZero();
    assertThat(cache.isCached(dataset)).isFalse();
    assertThat(meters.get("sequestra.trace.graph.memory.budget").gauge().value())
        .isEqualTo(needed - 1);
  }

  @Test
  void loadsAGraphThatFitsAndAccountsItAtItsMeasuredSize() {
    UUID dataset = dataset();
    MeterRegistry meters = new SimpleMeterRegistry();
    GraphCache cache = cache(loader, loader.size(dataset).loadBytes(), meters);

    DatasetGraph graph = cache.graphOf(dataset);

    assertThat(graph.graph().transactionCount()).isEqualTo(TRANSACTIONS);
    assertThat(cache.graphOf(dataset)).isSameAs(graph);
    assertThat(cache.usedBytes()).isEqualTo(graph.memoryBytes());
    assertThat(meters.get("sequestra.trace.graph.memory.used").gauge().value())
        .isEqualTo(graph.memoryBytes());
    assertThat(meters.get("sequestra.trace.graph.loads").timer().count()).isEqualTo(1);
    assertThat(refused(meters, "too-large")).isZero();
  }

  @Test
  void evictsTheLeastRecentlyUsedGraphsToMakeRoom() {
    UUID a = dataset();
    UUID b = dataset();
    UUID c = dataset();
    GraphSize size = loader.size(a);
    long resident = loader.load(a, size).memoryBytes();
    // Room for the load of one graph beside one and a half cached graphs.
    GraphCache cache = cache(loader, size.loadBytes() + resident + resident / 2, meters());

    cache.graphOf(a);
    cache.graphOf(b);
    assertThat(cache.isCached(a)).isTrue();
    assertThat(cache.isCached(b)).isTrue();
    cache.graphOf(a); // a is now the most recently used

    DatasetGraph loaded = cache.graphOf(c);

    assertThat(loaded.graph().transactionCount()).isEqualTo(TRANSACTIONS);
    assertThat(cache.isCached(b)).as("least recently used, evicted").isFalse();
    assertThat(cache.isCached(a)).isTrue();
    assertThat(cache.isCached(c)).isTrue();
    assertThat(cache.usedBytes()).isEqualTo(2 * resident).isLessThanOrEqualTo(cache.budgetBytes());
  }

  @Test
  void anOutOfMemoryErrorDuringALoadIsAnsweredAsTooLargeAndLeavesTheCacheUsable() {
    UUID dataset = dataset();
    boolean[] outOfMemory = {true};
    GraphLoader failing =
        new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource)) {
          @Override
          DatasetGraph load(UUID datasetId, GraphSize expected) {
            if (outOfMemory[0]) {
              throw new OutOfMemoryError("Java heap space");
            }
            return super.load(datasetId, expected);
          }
        };
    MeterRegistry meters = new SimpleMeterRegistry();
    GraphCache cache = cache(failing, DataSize.ofMegabytes(64).toBytes(), meters);

    assertThatThrownBy(() -> cache.graphOf(dataset))
        .isInstanceOf(GraphTooLargeException.class)
        .hasMessageContaining("ran out of heap");
    assertThat(refused(meters, "out-of-memory")).isEqualTo(1);
    assertThat(cache.usedBytes()).as("the reservation is released").isZero();

    outOfMemory[0] = false;
    assertThat(cache.graphOf(dataset).graph().transactionCount()).isEqualTo(TRANSACTIONS);
    assertThat(cache.isCached(dataset)).isTrue();
  }

  @Test
  void aGraphThatFitsOnlyBesideNoOtherLoadIsAskedToComeBack() throws Exception {
    UUID first = dataset();
    UUID second = dataset();
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GraphLoader slow =
        new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource)) {
          @Override
          DatasetGraph load(UUID datasetId, GraphSize expected) {
            if (datasetId.equals(first)) {
              loading.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return super.load(datasetId, expected);
          }
        };
    MeterRegistry meters = new SimpleMeterRegistry();
    long needed = loader.size(first).loadBytes();
    GraphCache cache = cache(slow, needed + needed / 2, meters);
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      Future<DatasetGraph> firstLoad = background.submit(() -> cache.graphOf(first));
      assertThat(loading.await(30, TimeUnit.SECONDS)).isTrue();

      // The first load's reservation cannot be evicted: the second has to wait for it.
      assertThatThrownBy(() -> cache.graphOf(second))
          .isInstanceOfSatisfying(
              ServiceBusyException.class, busy -> assertThat(busy.retryAfter()).isPositive());
      assertThat(refused(meters, "busy")).isEqualTo(1);
      assertThat(cache.usedBytes()).isEqualTo(needed);

      release.countDown();
      assertThat(firstLoad.get(30, TimeUnit.SECONDS).graph().transactionCount())
          .isEqualTo(TRANSACTIONS);
      // Once loaded, the first graph is evicted to make room for the second.
      assertThat(cache.graphOf(second).graph().transactionCount()).isEqualTo(TRANSACTIONS);
      assertThat(cache.isCached(first)).isFalse();
    } finally {
      release.countDown();
      background.shutdownNow();
    }
  }

  private static GraphCache cache(GraphLoader loader, long budget, MeterRegistry meters) {
    return new GraphCache(loader, new GraphProperties(4, DataSize.ofBytes(budget)), meters);
  }

  private static MeterRegistry meters() {
    return new SimpleMeterRegistry();
  }

  private static double refused(MeterRegistry meters, String reason) {
    return meters
        .get("sequestra.trace.graph.loads.refused")
        .tag("reason", reason)
        .counter()
        .count();
  }

  /** A dataset of TRANSACTIONS transfers between ACCOUNTS accounts, as an import leaves it. */
  private static UUID dataset() {
    return dataset(jdbc, TRANSACTIONS, ACCOUNTS);
  }

  /** A dataset of {@code transactions} transfers between {@code accounts} accounts. */
  static UUID dataset(JdbcTemplate jdbc, int transactions, int accounts) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, transaction_count,"
            + " created_at, created_by, version)"
            + " values (?, 'NL-2026-1', 'statements', 'NL-ARO', ?, now(), 'test', 1)",
        id,
        transactions);
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
    jdbc.update(
        "insert into account (dataset_id, kind, identifier, holder_name)"
            + " select ?, 'ACCOUNT_NUMBER', 'ACC' || n, 'Holder ' || n"
            + " from generate_series(1, ?) n",
        id,
        accounts);
    jdbc.update(
        """
        insert into transaction (dataset_id, import_id, source_line, account_id,
            counterparty_account_id, direction, amount, currency, booked_at, booking_date, dedup_key)
        select ?, ?, n, a.ids[1 + n % ?], a.ids[1 + (n * 7 + 1) % ?], 'DEBIT', (n % 500 + 1)::numeric,
            'EUR', timestamptz '2025-03-01 10:00:00+00' + n * interval '1 minute', date '2025-03-01',
            'R' || n
        from generate_series(1, ?) n,
             (select array_agg(id order by id) ids from account where dataset_id = ?) a
        """,
        id, UUID.randomUUID(), accounts, accounts, transactions, id);
    return id;
  }
}
