package org.sequestra.trace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.trace.dataset.DatasetImported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Two graph caches over one database, as two replicas of the service hold them: an import committed
 * "on replica A" (rows and the dataset's graph version in one transaction, as ImportRunner commits
 * them) makes replica B's cached graph stale by version, without any event reaching B; an unchanged
 * dataset is not loaded again; a graph once handed out never changes, and a load that runs while an
 * import commits gives the graph of the version it started on, never a mix.
 */
class GraphVersionTest {

  private static final int TRANSACTIONS = 500;
  private static final int ACCOUNTS = 20;
  private static final int IMPORTED = 30;

  private static DataSource dataSource;
  private static JdbcTemplate jdbc;
  private static ExecutorService replicaA;

  @BeforeAll
  static void database() {
    dataSource = TestDatabase.dataSource("graph_version");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    replicaA = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stop() {
    replicaA.shutdownNow();
  }

  @Test
  void anImportCommittedOnOneReplicaMakesTheOthersGraphStale() throws Exception {
    UUID dataset = GraphCacheTest.dataset(jdbc, TRANSACTIONS, ACCOUNTS);
    MeterRegistry metersA = new SimpleMeterRegistry();
    MeterRegistry metersB = new SimpleMeterRegistry();
    GraphCache a = cache(loader(), metersA);
    GraphCache b = cache(loader(), metersB);
    DatasetGraph onA = a.graphOf(dataset);
    DatasetGraph onB = b.graphOf(dataset);
    long version = onB.version();

    // Unchanged: every use, with or without the version the access check read, keeps the graph.
    assertThat(b.graphOf(dataset)).isSameAs(onB);
    assertThat(b.graphOf(dataset, version)).isSameAs(onB);
    assertThat(b.graphOf(dataset, version - 1)).as("newer than asked for").isSameAs(onB);
    assertThat(loads(metersB)).isEqualTo(1);

    long importedId = importOnReplicaA(dataset);
    // Replica A's own event drops its graph; nothing reaches replica B.
    a.imported(new DatasetImported(dataset));
    assertThat(a.isCached(dataset)).isFalse();
    assertThat(b.isCached(dataset)).isTrue();

    DatasetGraph reloaded = b.graphOf(dataset, version + 1);
    assertThat(reloaded).isNotSameAs(onB);
    assertThat(reloaded.version()).isEqualTo(version + 1);
    assertThat(reloaded.graph().transactionCount()).isEqualTo(TRANSACTIONS + IMPORTED);
    assertThat(reloaded.engineTransaction(importedId)).isPresent();
    assertThat(loads(metersB)).isEqualTo(2);
    assertThat(stale(metersB)).isEqualTo(1);
    assertThat(b.usedBytes())
        .as("the stale graph's room is freed")
        .isEqualTo(reloaded.memoryBytes());
    // The graph a running trace holds is the one it started on.
    assertThat(onB.version()).isEqualTo(version);
    assertThat(onB.graph().transactionCount()).isEqualTo(TRANSACTIONS);
    assertThat(onB.engineTransaction(importedId)).isEmpty();

    // The version is read by the one-argument form too; and unchanged again, nothing reloads.
    assertThat(b.graphOf(dataset)).isSameAs(reloaded);
    assertThat(loads(metersB)).isEqualTo(2);
    // Replica A loads again because its event dropped the graph: not counted as stale.
    assertThat(a.graphOf(dataset).version()).isEqualTo(version + 1);
    assertThat(loads(metersA)).isEqualTo(2);
    assertThat(stale(metersA)).isZero();
    assertThat(onA.graph().transactionCount()).isEqualTo(TRANSACTIONS);
  }

  @Test
  void aLoadRunningWhileAnImportCommitsGivesTheGraphOfTheVersionItStartedOn() throws Exception {
    UUID dataset = GraphCacheTest.dataset(jdbc, TRANSACTIONS, ACCOUNTS);
    long before =
        jdbc.queryForObject("select graph_version from dataset where id = ?", Long.class, dataset);
    AtomicInteger importsDuringLoad = new AtomicInteger();
    long[] importedId = new long[1];
    GraphLoader racing =
        new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource)) {
          @Override
          long version(UUID datasetId) {
            long version = super.version(datasetId);
            // Inside the load's snapshot, after its first read: replica A commits an import.
            if (TransactionSynchronizationManager.isActualTransactionActive()
                && importsDuringLoad.getAndIncrement() == 0) {
              try {
                importedId[0] =
                    replicaA.submit(() -> importOnReplicaA(datasetId)).get(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
            return version;
          }
        };
    MeterRegistry meters = new SimpleMeterRegistry();
    GraphCache b = cache(racing, meters);

    DatasetGraph loaded = b.graphOf(dataset, before);

    assertThat(importsDuringLoad).hasValue(1);
    assertThat(loaded.version()).isEqualTo(before);
    assertThat(loaded.graph().transactionCount())
        .as("the rows of the version read, none of the import that committed meanwhile")
        .isEqualTo(TRANSACTIONS);
    assertThat(loaded.engineTransaction(importedId[0])).isEmpty();

    // The next use reads the new version and reloads.
    DatasetGraph next = b.graphOf(dataset);
    assertThat(next.version()).isEqualTo(before + 1);
    assertThat(next.graph().transactionCount()).isEqualTo(TRANSACTIONS + IMPORTED);
    assertThat(next.engineTransaction(importedId[0])).isPresent();
    assertThat(stale(meters)).isEqualTo(1);
    assertThat(loaded.graph().transactionCount()).isEqualTo(TRANSACTIONS);
  }

  private static GraphLoader loader() {
    return new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource));
  }

  private static GraphCache cache(GraphLoader loader, MeterRegistry meters) {
    return new GraphCache(loader, new GraphProperties(4, DataSize.ofMegabytes(64)), meters);
  }

  private static double loads(MeterRegistry meters) {
    return meters.get("sequestra.trace.graph.loads").timer().count();
  }

  private static double stale(MeterRegistry meters) {
    return meters.get("sequestra.trace.graph.stale").counter().count();
  }

  /**
   * What an import commits, in one transaction: IMPORTED new transfers between the dataset's
   * accounts, the count, and the graph version bumped (ImportRunner#recordSuccess).
   *
   * @return the stored id of the last new transaction
   */
  private static long importOnReplicaA(UUID dataset) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
              connection.prepareStatement(
                  """
                  insert into transaction (dataset_id, import_id, source_line, account_id,
                      counterparty_account_id, direction, amount, currency, booked_at, booking_date,
                      dedup_key)
                  select ?, ?, n, a.ids[1 + n % ?], a.ids[1 + (n * 3 + 1) % ?], 'DEBIT',
                      (n % 90 + 1)::numeric, 'EUR',
                      timestamptz '2025-04-01 10:00:00+00' + n * interval '1 minute',
                      date '2025-04-01', 'I' || n
                  from generate_series(1, ?) n,
                       (select array_agg(id order by id) ids from account where dataset_id = ?) a
                  """);
          PreparedStatement bump =
              connection.prepareStatement(
                  "update dataset set transaction_count = transaction_count + ?,"
                      + " version = version + 1, graph_version = graph_version + 1 where id = ?")) {
        insert.setObject(1, dataset);
        insert.setObject(2, UUID.randomUUID());
        insert.setInt(3, ACCOUNTS);
        insert.setInt(4, ACCOUNTS);
        insert.setInt(5, IMPORTED);
        insert.setObject(6, dataset);
        insert.executeUpdate();
        bump.setLong(1, IMPORTED);
        bump.setObject(2, dataset);
        bump.executeUpdate();
      }
      long last;
      try (PreparedStatement max =
          connection.prepareStatement("select max(id) from transaction where dataset_id = ?")) {
        max.setObject(1, dataset);
        try (var row = max.executeQuery()) {
          row.next();
          last = row.getLong(1);
        }
      }
      connection.commit();
      return last;
    }
  }
}
