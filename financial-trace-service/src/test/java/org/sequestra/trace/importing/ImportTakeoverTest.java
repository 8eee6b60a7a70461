package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several replicas against one database and one shared work directory: a job whose replica died is
 * taken over by exactly one other replica and ends exactly once. The "replicas" are sweepers,
 * workers and runners of their own instance ids built here; the service's own sweep is kept out of
 * the way (a database of this test's own, a sweep interval of an hour).
 */
@SpringBootTest
class ImportTakeoverTest {

  private static final String STATEMENT =
      """
      account,counterparty_account,amount,currency,booked_at,bank_reference
      NL91ABNA0417164300,DE89370400440532013000,-100.00,EUR,2024-03-01,R1
      NL91ABNA0417164300,DE89370400440532013000,75.00,EUR,2024-03-02,R2
      """;

  @Autowired DataSource dataSource;
  @Autowired ImportProperties properties;
  @Autowired JdbcTemplate jdbc;

  private final List<ImportWorkers> started = new ArrayList<>();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace_takeover");
    TestIssuers.register(registry);
    registry.add("sequestra.import.sweep-interval", () -> "1h");
  }

  @AfterEach
  void stopReplicas() throws InterruptedException {
    for (ImportWorkers workers : started) {
      workers.destroy();
    }
  }

  @Test
  void aQueuedJobOfADeadReplicaIsTakenOverByAnotherAndImportedOnce() throws Exception {
    UUID dataset = dataset();
    UUID job = job(dataset, "QUEUED", "replica-dead", 0);
    upload(job);
    Replica b = replica("replica-b");

    assertThat(b.recovery.recover()).containsExactly(job);

    awaitEnded(job);
    assertThat(row(job))
        .containsEntry("state", "SUCCEEDED")
        .containsEntry("imported", 2L)
        .containsEntry("attempts", 1)
        .containsEntry("lease_owner", "replica-b");
    assertThat(rows(dataset)).isEqualTo(2);
    assertThat(Files.exists(uploadPath(job))).isFalse();
    // Ended: neither another replica nor the same one takes it again.
    assertThat(replica("replica-c").recovery.recover()).doesNotContain(job);
    assertThat(b.recovery.recover()).doesNotContain(job);
    assertThat(rows(dataset)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select version from dataset where id = ?", Long.class, dataset))
        .isEqualTo(1);
  }

  @Test
  void aRunningJobWhoseLockALiveWorkerHoldsIsNotTakenOverWhateverItsLease() throws Exception {
    UUID dataset = dataset();
    UUID job = job(dataset, "RUNNING", "replica-slow", 1);
    upload(job);
    Replica b = replica("replica-b");

    try (Connection worker = dataSource.getConnection()) {
      // A live worker of replica-slow, whose lease ran out (its renewals did not get through).
      worker.setAutoCommit(false);
      assertThat(ImportLocks.tryJob(worker, job)).isTrue();

      assertThat(b.recovery.recover()).doesNotContain(job);
      assertThat(row(job))
          .containsEntry("state", "RUNNING")
          .containsEntry("lease_owner", "replica-slow");

      // replica-slow dies: its transaction and lock go with its connection.
      worker.rollback();
    }

    assertThat(b.recovery.recover()).containsExactly(job);
    awaitEnded(job);
    assertThat(row(job))
        .containsEntry("state", "SUCCEEDED")
        .containsEntry("imported", 2L)
        .containsEntry("attempts", 2)
        .containsEntry("lease_owner", "replica-b");
    assertThat(rows(dataset)).isEqualTo(2);
  }

  @Test
  void twoReplicasSweepingAtOnceClaimEachJobOnce() throws Exception {
    List<UUID> jobs = new ArrayList<>();
    Map<UUID, UUID> datasets = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      UUID dataset = dataset();
      UUID job = job(dataset, i % 2 == 0 ? "QUEUED" : "RUNNING", "replica-dead", i % 2);
      upload(job);
      jobs.add(job);
      datasets.put(job, dataset);
    }
    Replica a = replica("replica-a");
    Replica b = replica("replica-b");
    CountDownLatch go = new CountDownLatch(1);

    CompletableFuture<List<UUID>> byA = CompletableFuture.supplyAsync(() -> sweeps(a, go));
    CompletableFuture<List<UUID>> byB = CompletableFuture.supplyAsync(() -> sweeps(b, go));
    go.countDown();
    List<UUID> takenByA = byA.get(1, TimeUnit.MINUTES);
    List<UUID> takenByB = byB.get(1, TimeUnit.MINUTES);

    List<UUID> all = new ArrayList<>(takenByA);
    all.addAll(takenByB);
    assertThat(all).containsExactlyInAnyOrderElementsOf(jobs);
    Set<UUID> both = new HashSet<>(takenByA);
    both.retainAll(takenByB);
    assertThat(both).isEmpty();
    for (UUID job : jobs) {
      awaitEnded(job);
      assertThat(row(job))
          .containsEntry("state", "SUCCEEDED")
          .containsEntry("imported", 2L)
          .containsEntry("lease_owner", takenByA.contains(job) ? "replica-a" : "replica-b");
      assertThat(rows(datasets.get(job))).isEqualTo(2);
    }
  }

  @Test
  void aJobStartedMaxAttemptsTimesIsFailedWithAReasonAndItsUploadRemoved() throws Exception {
    UUID dataset = dataset();
    UUID job = job(dataset, "RUNNING", "replica-dead", properties.maxAttempts());
    upload(job);

    assertThat(replica("replica-b").recovery.recover()).containsExactly(job);

    assertThat(row(job))
        .containsEntry("state", "FAILED")
        .containsEntry("failure_reason", ImportRecovery.tooManyAttempts(properties.maxAttempts()))
        .containsEntry("imported", 0L);
    assertThat(ImportRecovery.tooManyAttempts(3)).startsWith("The import was started 3 times");
    assertThat(Files.exists(uploadPath(job))).isFalse();
    assertThat(rows(dataset)).isZero();
  }

  @Test
  void aJobRunAgainAfterItsRowsArrivedAddsNoRowTwice() throws Exception {
    UUID dataset = dataset();
    UUID job = job(dataset, "QUEUED", "replica-dead", 0);
    upload(job);
    replica("replica-b").recovery.recover();
    awaitEnded(job);
    assertThat(rows(dataset)).isEqualTo(2);

    // As if the job had not been seen to end (it always is, in the transaction of its rows) and a
    // replica ran its file once more: the dataset's dedup keys keep every row once.
    jdbc.update(
        "update import_job set state = 'RUNNING', lease_owner = 'replica-b',"
            + " lease_until = now() - interval '1 minute' where id = ?",
        job);
    upload(job);
    assertThat(replica("replica-c").recovery.recover()).containsExactly(job);

    awaitEnded(job);
    assertThat(row(job))
        .containsEntry("state", "SUCCEEDED")
        .containsEntry("imported", 0L)
        .containsEntry("duplicates_skipped", 2L)
        .containsEntry("attempts", 2);
    assertThat(rows(dataset)).isEqualTo(2);
  }

  @Test
  void aReplicaRenewsOnlyItsOwnLeasesAndHandsBackWhatItWillNotRun() {
    UUID dataset = dataset();
    UUID mine = job(dataset, "QUEUED", "replica-b", 0);
    UUID theirs = job(dataset, "QUEUED", "replica-x", 0);
    jdbc.update(
        "update import_job set lease_until = now() + interval '20 seconds' where id in (?, ?)",
        mine,
        theirs);
    Replica b = replica("replica-b");
    ImportLeases leases = new ImportLeases(dataSource, b.instance, Duration.ofMinutes(1));

    assertThat(leases.renew(List.of(mine, theirs))).isEqualTo(1);

    assertThat(secondsLeft(mine)).isGreaterThan(40);
    assertThat(secondsLeft(theirs)).isLessThanOrEqualTo(20);

    // b stops before it ran the job: the next sweep of any replica takes it at once.
    b.runner.abandon(mine);
    assertThat(row(mine)).containsEntry("lease_owner", null).containsEntry("state", "QUEUED");
    assertThat(replica("replica-c").recovery.recover()).contains(mine).doesNotContain(theirs);
    assertThat(row(mine))
        .containsEntry("state", "FAILED")
        .containsEntry("failure_reason", ImportRecovery.DIED_QUEUED);
  }

  private List<UUID> sweeps(Replica replica, CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    List<UUID> taken = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      taken.addAll(replica.recovery.recover());
    }
    return taken;
  }

  private Replica replica(String id) {
    ImportInstance instance = new ImportInstance(id);
    ImportRunner runner =
        new ImportRunner(dataSource, Clock.systemUTC(), properties, event -> {}, instance);
    ImportWorkers workers = new ImportWorkers(properties, runner);
    started.add(workers);
    return new Replica(
        instance,
        runner,
        new ImportRecovery(dataSource, workers, runner, properties, Clock.systemUTC()));
  }

  private record Replica(ImportInstance instance, ImportRunner runner, ImportRecovery recovery) {}

  private UUID dataset() {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by,"
            + " version) values (?, 'NL-ARO/2026/9', 'statements', 'agency-nl', now(), 'test', 0)",
        id);
    return id;
  }

  /** A job whose lease ran out a minute ago. */
  private UUID job(UUID dataset, String state, String owner, int attempts) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into import_job (id, dataset_id, format, state, size_bytes, charset, currency,"
            + " created_at, created_by, lease_owner, lease_until, attempts)"
            + " values (?, ?, 'CSV', ?, 0, 'UTF-8', 'XXX', now() - interval '1 hour', 'test', ?,"
            + " now() - interval '1 minute', ?)",
        id,
        dataset,
        state,
        owner,
        attempts);
    return id;
  }

  /** The job's upload in the work directory all replicas share. */
  private void upload(UUID job) throws Exception {
    Files.writeString(uploadPath(job), STATEMENT, StandardCharsets.UTF_8);
  }

  private Path uploadPath(UUID job) {
    return properties.workDir().resolve(job + ".upload");
  }

  private void awaitEnded(UUID job) {
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> row(job).get("state"),
            state -> state.equals("SUCCEEDED") || state.equals("FAILED"));
  }

  private Map<String, Object> row(UUID job) {
    return jdbc.queryForMap(
        "select state, failure_reason, imported, duplicates_skipped, attempts, lease_owner"
            + " from import_job where id = ?",
        job);
  }

  private long rows(UUID dataset) {
    return jdbc.queryForObject(
        "select count(*) from transaction where dataset_id = ?", Long.class, dataset);
  }

  private long secondsLeft(UUID job) {
    return jdbc.queryForObject(
        "select extract(epoch from lease_until - now())::bigint from import_job where id = ?",
        Long.class,
        job);
  }
}
