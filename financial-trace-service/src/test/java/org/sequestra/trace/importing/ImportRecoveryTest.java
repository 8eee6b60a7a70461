package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Imports the service left unfinished when it died are found at start-up. */
@SpringBootTest
class ImportRecoveryTest {

  @Autowired ImportRecovery recovery;
  @Autowired ImportProperties properties;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void aRunningImportWhoseServiceDiedIsFailedAndLeftNothingBehind() throws Exception {
    UUID dataset = dataset();
    UUID job = job(dataset, "RUNNING");
    Connection worker = dataSource.getConnection();
    try {
      // A worker half-way through: the job's lock held, the dataset's table created and some
      // rows written in its transaction.
      worker.setAutoCommit(false);
      assertThat(ImportLocks.tryJob(worker, job)).isTrue();
      DatasetTable.TRANSACTIONS.create(worker, dataset);
      try (PreparedStatement insert =
          worker.prepareStatement(
              "insert into "
                  + DatasetTable.TRANSACTIONS.name(dataset)
                  + " (dataset_id, import_id, source_line, account_id, direction,"
                  + " amount, currency, booked_at, booking_date, dedup_key)"
                  + " values (?, ?, 2, 1, 'DEBIT', 10, 'EUR', now(), current_date, 'ref:R1')")) {
        insert.setObject(1, dataset);
        insert.setObject(2, job);
        insert.executeUpdate();
      }

      recovery.recover();
      assertThat(state(job)).containsEntry("state", "RUNNING");

      // The service dies: its connection goes, and with it the transaction and the lock.
      int pid;
      try (ResultSet result = worker.createStatement().executeQuery("select pg_backend_pid()")) {
        result.next();
        pid = result.getInt(1);
      }
      jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  jdbc.queryForObject(
                      "select count(*) from pg_stat_activity where pid = ?", Long.class, pid),
              count -> count == 0);
    } finally {
      try {
        worker.close();
      } catch (SQLException gone) {
        // the pool drops the connection the server ended
      }
    }

    // this sweep, or the service's own scheduled one if it ran first, takes the job over
    recovery.recover();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> state(job).get("state"), state -> state.equals("FAILED"));
    assertThat(state(job))
        .containsEntry("state", "FAILED")
        .containsEntry("failure_reason", ImportRecovery.DIED_RUNNING)
        .containsEntry("imported", 0L);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from transaction where dataset_id = ?", Long.class, dataset))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select to_regclass(?)", String.class, DatasetTable.TRANSACTIONS.name(dataset)))
        .isNull();
  }

  @Test
  void aQueuedImportRunsAgainFromItsStoredUploadOrFailsWithoutOne() throws Exception {
    UUID dataset = dataset();
    UUID stored = job(dataset, "QUEUED");
    Files.writeString(
        properties.workDir().resolve(stored + ".upload"),
        """
        account,counterparty_account,amount,currency,booked_at,bank_reference
        NL91ABNA0417164300,DE89370400440532013000,-100.00,EUR,2024-03-01,R1
        NL91ABNA0417164300,DE89370400440532013000,75.00,EUR,2024-03-02,R2
        """,
        StandardCharsets.UTF_8);
    UUID lost = job(dataset, "QUEUED");

    recovery.recover();

    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> state(stored).get("state"), state -> state.equals("SUCCEEDED"));
    assertThat(state(stored)).containsEntry("imported", 2L);
    assertThat(Files.exists(properties.workDir().resolve(stored + ".upload"))).isFalse();
    assertThat(state(lost))
        .containsEntry("state", "FAILED")
        .containsEntry("failure_reason", ImportRecovery.DIED_QUEUED);
    assertThat(
            jdbc.queryForObject(
                "select transaction_count from dataset where id = ?", Long.class, dataset))
        .isEqualTo(2);
  }

  private UUID dataset() {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by,"
            + " version) values (?, 'NL-ARO/2026/9', 'statements', 'agency-nl', now(), 'test', 0)",
        id);
    return id;
  }

  /** A job from before this start of the service. */
  private UUID job(UUID dataset, String state) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into import_job (id, dataset_id, format, state, size_bytes, charset, currency,"
            + " created_at, created_by) values (?, ?, 'CSV', ?, 0, 'UTF-8', 'XXX', ?, 'test')",
        id,
        dataset,
        state,
        Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
    return id;
  }

  private Map<String, Object> state(UUID job) {
    return jdbc.queryForMap(
        "select state, failure_reason, imported from import_job where id = ?", job);
  }
}
