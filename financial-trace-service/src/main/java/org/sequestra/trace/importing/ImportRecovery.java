package org.sequestra.trace.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.sequestra.platform.web.ServiceBusyException;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The sweep every replica runs at start and then periodically ({@link ImportLeaseSchedule}): takes
 * over the import jobs whose lease ran out, because the replica that held them died, stopped or
 * lost the database for longer than a lease. Each job is claimed by one replica only ({@code FOR
 * UPDATE SKIP LOCKED}); a RUNNING job only when no live worker holds its lock, as a worker that
 * still runs it is alive whatever its lease says.
 *
 * <p>A job taken over runs again from its upload in the shared work directory: its earlier attempt
 * rolled back, so nothing of it was imported. It is FAILED instead when its upload is gone or it
 * has been started {@code sequestra.import.max-attempts} times already.
 */
@Component
class ImportRecovery {

  static final String DIED_RUNNING =
      "The service stopped while the file was being imported; nothing was imported. Upload the"
          + " file again.";
  static final String DIED_QUEUED =
      "The service stopped before the import ran and the uploaded file is gone; nothing was"
          + " imported. Upload the file again.";

  /** At most this many jobs are taken over per sweep; the next sweep takes more. */
  private static final int BATCH = 50;

  private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ImportWorkers workers;
  private final ImportRunner runner;
  private final ImportProperties properties;
  private final Clock clock;
  private final ImportLeases leases;

  ImportRecovery(
      DataSource dataSource,
      ImportWorkers workers,
      ImportRunner runner,
      ImportProperties properties,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.workers = workers;
    this.runner = runner;
    this.properties = properties;
    this.clock = clock;
    this.leases = new ImportLeases(dataSource, runner.instance(), properties.leaseDuration());
  }

  /** The reason of a job that kept its replicas from finishing it. */
  static String tooManyAttempts(int attempts) {
    return "The import was started "
        + attempts
        + " times and each time the service stopped before it ended; nothing was imported. The"
        + " file may be too large for the service's memory: split it, or ask an administrator,"
        + " and upload it again.";
  }

  /**
   * Takes over the jobs whose lease ran out and queues, or fails, each.
   *
   * @return the jobs this replica took over
   */
  List<UUID> recover() {
    List<Claimed> claimed;
    try {
      claimed = claimExpired();
    } catch (SQLException e) {
      log.error("Could not look for imports left by other replicas", e);
      return List.of();
    }
    List<UUID> taken = new ArrayList<>();
    for (Claimed job : claimed) {
      taken.add(job.id);
      try {
        resume(job);
      } catch (RuntimeException e) {
        // its lease runs out and the next sweep tries again
        log.error("Could not resume import {} taken over", job.id, e);
      }
    }
    return taken;
  }

  /**
   * In one transaction: the expired jobs whose lock is free (a RUNNING job's lock held means a live
   * worker), then the lease of each of them that no other sweep took meanwhile. The locks taken
   * here go with the commit.
   */
  private List<Claimed> claimExpired() throws SQLException {
    Set<UUID> mine = workers.jobs();
    Map<UUID, String> candidates = new LinkedHashMap<>();
    jdbc.sql(
            "select id, lease_owner from import_job where "
                + ImportLeases.EXPIRED
                + " order by created_at limit ?")
        .param(BATCH + mine.size())
        .query(
            row -> {
              UUID id = row.getObject(1, UUID.class);
              if (!mine.contains(id)) {
                candidates.put(id, row.getString(2));
              }
            });
    if (candidates.isEmpty()) {
      return List.of();
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.setAutoCommit(false);
      try {
        List<UUID> free = new ArrayList<>();
        for (UUID id : candidates.keySet()) {
          if (ImportLocks.tryJob(connection, id)) {
            free.add(id);
          }
        }
        List<Claimed> claimed = free.isEmpty() ? List.of() : claim(connection, free, candidates);
        connection.commit();
        return claimed;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private List<Claimed> claim(Connection connection, List<UUID> free, Map<UUID, String> owners)
      throws SQLException {
    Array ids = connection.createArrayOf("uuid", free.toArray(UUID[]::new));
    try (PreparedStatement update =
        connection.prepareStatement(
            "update import_job set lease_owner = ?,"
                + " lease_until = now() + ? * interval '1 millisecond'"
                + " where id in (select id from import_job where id = any(?) and "
                + ImportLeases.EXPIRED
                + " for update skip locked)"
                + " returning id, state, dataset_id, format, charset, currency, attempts")) {
      update.setString(1, leases.instance().id());
      update.setLong(2, leases.duration().toMillis());
      update.setArray(3, ids);
      List<Claimed> claimed = new ArrayList<>();
      try (ResultSet row = update.executeQuery()) {
        while (row.next()) {
          UUID id = row.getObject(1, UUID.class);
          claimed.add(
              new Claimed(
                  id,
                  ImportState.valueOf(row.getString(2)),
                  row.getObject(3, UUID.class),
                  StatementFormat.valueOf(row.getString(4)),
                  row.getString(5) == null
                      ? StandardCharsets.UTF_8
                      : Charset.forName(row.getString(5)),
                  row.getString(6) == null ? "XXX" : row.getString(6),
                  row.getInt(7),
                  owners.get(id)));
        }
      }
      return claimed;
    } finally {
      ids.free();
    }
  }

  /** Queues the job taken over here, or fails it when it cannot run again. */
  private void resume(Claimed job) {
    Path file = properties.workDir().resolve(job.id + ".upload");
    String from = job.previousOwner == null ? "no replica" : "replica " + job.previousOwner;
    if (job.attempts >= properties.maxAttempts()) {
      fail(job, tooManyAttempts(job.attempts));
      deleteQuietly(file);
      log.warn(
          "Import {} taken over from {} after {} attempts: marked FAILED",
          job.id,
          from,
          job.attempts);
      return;
    }
    if (!Files.exists(file)) {
      fail(job, job.state == ImportState.RUNNING ? DIED_RUNNING : DIED_QUEUED);
      log.warn(
          "Import {} ({}) taken over from {} but its upload is gone: marked FAILED",
          job.id,
          job.state,
          from);
      return;
    }
    try {
      workers.reserve();
    } catch (ServiceBusyException e) {
      // No room here: given back at once for a replica with room, or a later sweep.
      leases.release(job.id, false);
      log.warn("Import {} left for another replica: the import queue is full", job.id);
      return;
    }
    ImportOptions options = new ImportOptions(job.charset, job.currency);
    try {
      workers.submit(job.id, () -> runner.run(job.id, job.datasetId, job.format, options, file));
    } catch (RuntimeException e) {
      workers.release();
      throw e;
    }
    log.info(
        "Import {} ({}, {} attempts so far) taken over from {}: queued again",
        job.id,
        job.state,
        job.attempts,
        from);
  }

  private void fail(Claimed job, String reason) {
    jdbc.sql(
            "update import_job set state = 'FAILED', failure_reason = ?, imported = 0,"
                + " duplicates_skipped = 0, rejected = 0, flagged = 0, finished_at = ?"
                + " where id = ? and lease_owner = ? and state in ('QUEUED', 'RUNNING')")
        .params(reason, Timestamp.from(clock.instant()), job.id, leases.instance().id())
        .update();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete the uploaded file {}", file, e);
    }
  }

  private record Claimed(
      UUID id,
      ImportState state,
      UUID datasetId,
      StatementFormat format,
      Charset charset,
      String currency,
      int attempts,
      String previousOwner) {}
}
