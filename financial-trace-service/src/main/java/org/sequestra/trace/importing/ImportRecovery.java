package org.sequestra.trace.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.sequestra.platform.web.ServiceBusyException;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * At start-up, before uploads are taken: imports the last run of the service left unfinished. A
 * RUNNING job whose lock no live worker holds died with its service; its transaction rolled back,
 * so nothing of it was imported, and it is marked FAILED. A job still QUEUED from before this start
 * runs again from its stored upload, or is marked FAILED when the upload is gone.
 */
@Component
class ImportRecovery implements SmartInitializingSingleton {

  static final String DIED_RUNNING =
      "The service stopped while the file was being imported; nothing was imported. Upload the"
          + " file again.";
  static final String DIED_QUEUED =
      "The service stopped before the import ran and the uploaded file is gone; nothing was"
          + " imported. Upload the file again.";

  private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ImportWorkers workers;
  private final ImportRunner runner;
  private final ImportProperties properties;
  private final Clock clock;
  private final Instant startedAt;

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
    this.startedAt = clock.instant();
  }

  @Override
  public void afterSingletonsInstantiated() {
    recover();
  }

  void recover() {
    for (UUID jobId :
        jdbc.sql("select id from import_job where state = 'RUNNING'").query(UUID.class).list()) {
      failIfOrphaned(jobId);
    }
    List<Queued> queued =
        jdbc.sql(
                "select id, dataset_id, format, charset, currency from import_job"
                    + " where state = 'QUEUED' and created_at < ? order by created_at")
            .param(Timestamp.from(startedAt))
            .query(
                (row, n) ->
                    new Queued(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        StatementFormat.valueOf(row.getString(3)),
                        row.getString(4) == null
                            ? StandardCharsets.UTF_8
                            : Charset.forName(row.getString(4)),
                        row.getString(5) == null ? "XXX" : row.getString(5)))
            .list();
    for (Queued job : queued) {
      requeue(job);
    }
  }

  /** Marks the job FAILED if no live worker holds its lock. */
  private void failIfOrphaned(UUID jobId) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.setAutoCommit(false);
      try {
        if (ImportLocks.tryJob(connection, jobId)) {
          try (var update =
              connection.prepareStatement(
                  "update import_job set state = 'FAILED', failure_reason = ?, imported = 0,"
                      + " duplicates_skipped = 0, rejected = 0, flagged = 0, finished_at = ?"
                      + " where id = ? and state = 'RUNNING'")) {
            update.setString(1, DIED_RUNNING);
            update.setTimestamp(2, Timestamp.from(clock.instant()));
            update.setObject(3, jobId);
            if (update.executeUpdate() == 1) {
              log.warn("Import {} was running when the service stopped: marked FAILED", jobId);
            }
          }
        }
        connection.commit();
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      log.error("Could not check import {} left running", jobId, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private void requeue(Queued job) {
    Path file = properties.workDir().resolve(job.id + ".upload");
    if (!Files.exists(file)) {
      jdbc.sql(
              "update import_job set state = 'FAILED', failure_reason = ?, finished_at = ?"
                  + " where id = ? and state = 'QUEUED'")
          .params(DIED_QUEUED, Timestamp.from(clock.instant()), job.id)
          .update();
      log.warn("Import {} was queued when the service stopped and its upload is gone", job.id);
      return;
    }
    try {
      workers.reserve();
    } catch (ServiceBusyException e) {
      // More were waiting than the queue holds: the rest stay QUEUED for the next start.
      log.warn("Import {} left queued: the import queue is full", job.id);
      return;
    }
    ImportOptions options = new ImportOptions(job.charset, job.currency);
    workers.submit(job.id, () -> runner.run(job.id, job.datasetId, job.format, options, file));
    log.info("Import {} was queued when the service stopped: queued again", job.id);
  }

  private record Queued(
      UUID id, UUID datasetId, StatementFormat format, Charset charset, String currency) {}
}
