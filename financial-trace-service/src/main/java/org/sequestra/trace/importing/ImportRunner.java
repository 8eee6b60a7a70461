package org.sequestra.trace.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.sequestra.trace.dataset.DatasetImported;
import org.sequestra.trace.importing.csv.CsvRecords;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.sequestra.trace.importing.statement.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs one import job: parses the stored file into a staging table with COPY and merges it into the
 * dataset, all in one database transaction, so that a failure anywhere leaves nothing behind.
 * Progress goes to the job row over a second connection while the file is read.
 */
@Component
class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration progressInterval;
  private final ApplicationEventPublisher events;

  ImportRunner(
      DataSource dataSource,
      Clock clock,
      ImportProperties properties,
      ApplicationEventPublisher events) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
    this.progressInterval = properties.progressInterval();
    this.events = events;
  }

  void run(UUID jobId, UUID datasetId, StatementFormat format, ImportOptions options, Path file) {
    long started = System.nanoTime();
    try {
      Long total = null;
      if (format.oneRecordPerLine()) {
        try (InputStream in = Files.newInputStream(file)) {
          total = CsvRecords.count(in);
        }
      }
      jdbc.update(
          "update import_job set state = 'RUNNING', started_at = ?, rows_total = ? where id = ?",
          now(),
          total,
          jobId);
      Outcome outcome = load(jobId, datasetId, format, options, file);
      // Committed: whoever holds the dataset's account graph must reload it.
      events.publishEvent(new DatasetImported(datasetId));
      log.info(
          "Import {} of {} into dataset {}: {} rows, {} imported, {} duplicates, {} rejected, {}"
              + " flagged in {} ms",
          jobId,
          format,
          datasetId,
          outcome.rows,
          outcome.imported,
          outcome.duplicates,
          outcome.rejected,
          outcome.flagged,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
    } catch (UnreadableFileException e) {
      fail(jobId, e.getMessage());
    } catch (Interrupted e) {
      Thread.interrupted(); // so that the database can still be told
      fail(
          jobId,
          "The service stopped while the file was being imported; nothing was imported. Upload"
              + " the file again.");
    } catch (Exception | Error e) {
      log.error("Import {} failed", jobId, e);
      fail(
          jobId,
          "The import failed unexpectedly and nothing was imported. Quote import "
              + jobId
              + " when reporting it.");
      if (e instanceof Error error) {
        throw error;
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Could not delete the uploaded file {}", file, e);
      }
    }
  }

  /** A job that never ran because the service stopped. */
  void abandon(UUID jobId) {
    fail(
        jobId,
        "The service stopped before the import ran; nothing was imported. Upload the file again.");
  }

  private Outcome load(
      UUID jobId, UUID datasetId, StatementFormat format, ImportOptions options, Path file)
      throws IOException, SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      StagingTable staging = null;
      try {
        staging = StagingTable.open(connection, new Progress(jobId));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          ImportParsers.forFormat(format, options).parse(in, staging);
        }
        staging.finish();
        ImportMerge.Added added = ImportMerge.merge(connection, datasetId, jobId);
        Outcome outcome =
            new Outcome(
                staging.accepted() + staging.rejected(),
                added.transactions(),
                staging.accepted() - added.transactions(),
                staging.rejected(),
                added.flagged());
        try (PreparedStatement dataset =
            connection.prepareStatement(
                "update dataset set transaction_count = transaction_count + ?,"
                    + " version = version + 1 where id = ?")) {
          dataset.setLong(1, outcome.imported);
          dataset.setObject(2, datasetId);
          dataset.executeUpdate();
        }
        try (PreparedStatement job =
            connection.prepareStatement(
                "update import_job set state = 'SUCCEEDED', rows_done = ?, rows_total = ?,"
                    + " imported = ?, duplicates_skipped = ?, rejected = ?, flagged = ?,"
                    + " finished_at = ? where id = ?")) {
          job.setLong(1, outcome.rows);
          job.setLong(2, outcome.rows);
          job.setLong(3, outcome.imported);
          job.setLong(4, outcome.duplicates);
          job.setLong(5, outcome.rejected);
          job.setLong(6, outcome.flagged);
          job.setTimestamp(7, now());
          job.setObject(8, jobId);
          job.executeUpdate();
        }
        connection.commit();
        return outcome;
      } catch (IOException | SQLException | RuntimeException | Error e) {
        if (staging != null) {
          staging.abort();
        }
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private void fail(UUID jobId, String reason) {
    jdbc.update(
        "update import_job set state = 'FAILED', failure_reason = ?, imported = 0,"
            + " duplicates_skipped = 0, rejected = 0, flagged = 0, finished_at = ? where id = ?",
        reason,
        now(),
        jobId);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private record Outcome(long rows, long imported, long duplicates, long rejected, long flagged) {}

  /** The worker was interrupted (the service is stopping): the import rolls back. */
  private static final class Interrupted extends RuntimeException {
    Interrupted() {
      super("import interrupted", null, false, false);
    }
  }

  /** Writes rows done to the job at most once per interval; notices an interrupt. */
  private final class Progress implements ImportProgress {

    private final UUID jobId;
    private long next = System.nanoTime() + progressInterval.toNanos();

    Progress(UUID jobId) {
      this.jobId = jobId;
    }

    @Override
    public void rows(long done, long rejected) {
      if ((done & 1023) != 0) {
        return;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new Interrupted();
      }
      long now = System.nanoTime();
      if (now >= next) {
        next = now + progressInterval.toNanos();
        jdbc.update(
            "update import_job set rows_done = ?, rejected = ? where id = ?",
            done,
            rejected,
            jobId);
      }
    }
  }
}
