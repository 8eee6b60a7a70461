package org.sequestra.trace.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.sequestra.platform.text.ControlCharacters;
import org.sequestra.trace.dataset.DatasetImported;
import org.sequestra.trace.importing.csv.CsvRecords;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.sequestra.trace.importing.statement.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs one import job in one database transaction, so that a failure anywhere leaves nothing
 * behind: the stored file is parsed on this thread while another streams the rows to PostgreSQL
 * with a binary COPY. A first import into a dataset copies straight into the dataset's own table,
 * created in the transaction, then indexes and attaches it ({@link DatasetTable}); later imports
 * copy into a staging table merged with the dataset's rows. Progress goes to the job row over a
 * second connection while the file is read. A job runs only while this replica holds its lease
 * ({@link ImportLeases}) and its lock ({@link ImportLocks}), so that no two replicas run it.
 */
@Component
class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration progressInterval;
  private final long indexBuildKilobytes;
  private final ApplicationEventPublisher events;
  private final ImportLeases leases;

  /** A runner of its own instance, for code that runs jobs outside the service. */
  ImportRunner(
      DataSource dataSource,
      Clock clock,
      ImportProperties properties,
      ApplicationEventPublisher events) {
    this(dataSource, clock, properties, events, ImportInstance.random());
  }

  @Autowired
  ImportRunner(
      DataSource dataSource,
      Clock clock,
      ImportProperties properties,
      ApplicationEventPublisher events,
      ImportInstance instance) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
    this.progressInterval = properties.progressInterval();
    this.indexBuildKilobytes = properties.indexBuildMemory().toKilobytes();
    this.events = events;
    this.leases = new ImportLeases(dataSource, instance, properties.leaseDuration());
  }

  ImportInstance instance() {
    return leases.instance();
  }

  /**
   * Runs the job unless another worker (of this replica or another) runs it, it has ended, or
   * another replica holds its lease; the stored upload is deleted when the job has ended.
   */
  void run(UUID jobId, UUID datasetId, StatementFormat format, ImportOptions options, Path file) {
    long started = System.nanoTime();
    // Not ended here: run elsewhere, or handed back for another run; the upload stays.
    boolean elsewhere = false;
    try {
      Long total = null;
      if (format.oneRecordPerLine()) {
        try (InputStream in = Files.newInputStream(file)) {
          total = CsvRecords.count(in);
        }
      }
      Outcome outcome = load(jobId, datasetId, format, options, file, total);
      if (outcome == null) {
        elsewhere = true;
        return;
      }
      // Committed, with the dataset's graph version bumped: every replica's cache finds its graph
      // stale. The event frees this replica's at once.
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
      elsewhere = stopped(jobId);
    } catch (Exception | Error e) {
      if (Thread.currentThread().isInterrupted()) {
        elsewhere = stopped(jobId); // the interrupt ended a wait of the COPY
      } else {
        log.error("Import {} failed", jobId, e);
        fail(
            jobId,
            "The import failed unexpectedly and nothing was imported. Quote import "
                + jobId
                + " when reporting it.");
      }
      if (e instanceof Error error) {
        throw error;
      }
    } finally {
      try {
        if (!elsewhere) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        log.warn("Could not delete the uploaded file {}", file, e);
      }
    }
  }

  /**
   * A job that did not run because this replica stops: its lease is given up, so that another
   * replica (or this one after its restart) runs it from the stored upload.
   */
  void abandon(UUID jobId) {
    handBack(jobId, false);
  }

  private void handBack(UUID jobId, boolean wasRunning) {
    try {
      leases.release(jobId, wasRunning);
      log.info("Import {} handed back to the other replicas: this replica stops", jobId);
    } catch (RuntimeException e) {
      // its lease runs out instead
      log.warn("Import {} not handed back: {}", jobId, e.getMessage());
    }
  }

  /**
   * @return {@code null} when another worker runs the job
   */
  private Outcome load(
      UUID jobId,
      UUID datasetId,
      StatementFormat format,
      ImportOptions options,
      Path file,
      Long total)
      throws IOException, SQLException {
    try {
      return load(jobId, datasetId, format, options, file, total, true);
    } catch (RepeatedInFile e) {
      // The file repeats an entry: read it again into the staging table, which skips repeats.
      return load(jobId, datasetId, format, options, file, total, false);
    }
  }

  /**
   * One attempt, in one transaction: claim the job, prepare where the rows go, copy the file there,
   * add what is new to the dataset, record the counts, commit.
   *
   * @param total records in the file, when known; only the first attempt claims the job
   * @param directIfEmpty whether rows may be copied straight into a new table of the dataset when
   *     it has none yet (nothing to skip then but repeats within the file, which the dedup index
   *     refuses when it is built: {@link RepeatedInFile})
   */
  private Outcome load(
      UUID jobId,
      UUID datasetId,
      StatementFormat format,
      ImportOptions options,
      Path file,
      Long total,
      boolean directIfEmpty)
      throws IOException, SQLException {
    try (Connection connection = dataSource.getConnection();
        RejectionFile rejections =
            new RejectionFile(file.resolveSibling(jobId + ".rejections"), jobId)) {
      connection.setAutoCommit(false);
      boolean direct = false;
      try {
        if (!claim(connection, jobId, total, directIfEmpty)) {
          connection.rollback();
          return null;
        }
        oneImportAtATime(connection, datasetId);
        tuneTransaction(connection);
        // Before the target is prepared: a COPY FREEZE into a table created in this transaction
        // refuses to run after other reads in between.
        AccountDirectory accounts = AccountDirectory.load(connection, datasetId, jdbc);
        direct = prepareTarget(connection, datasetId, directIfEmpty);
        TransactionSink sink =
            copyFile(
                connection, jobId, datasetId, format, options, file, direct, accounts, rejections);
        rejections.save(connection);
        ImportMerge.Added added = addToDataset(connection, jobId, datasetId, direct, sink);
        // Just before the counts and the commit: attaching a dataset's first accounts locks the
        // tables their foreign keys name (dataset, trace) against writes until the commit.
        accounts.save(connection);
        sink.openingBalances().save(connection, datasetId, jobId);
        Outcome outcome =
            new Outcome(
                sink.accepted() + sink.rejected(),
                added.transactions(),
                sink.accepted() - added.transactions(),
                sink.rejected(),
                added.flagged());
        recordSuccess(connection, jobId, datasetId, outcome);
        connection.commit();
        return outcome;
      } catch (IOException | SQLException | RuntimeException | Error e) {
        connection.rollback();
        if (direct && isUniqueViolation(e)) {
          throw new RepeatedInFile();
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * Takes the job's lock and, on the first attempt, marks it RUNNING and counts the attempt (over
   * another connection, so that it shows at once). Claimed while its lock is held: a RUNNING job
   * whose lock is free has no live worker. A RUNNING job is claimed again only after a sweep took
   * it over from a replica that died ({@link ImportRecovery}); its earlier attempt rolled back.
   *
   * @return false when another worker runs the job, it has ended, or another replica holds its
   *     lease
   */
  private boolean claim(Connection connection, UUID jobId, Long total, boolean firstAttempt)
      throws SQLException {
    if (!ImportLocks.tryJob(connection, jobId)) {
      return false;
    }
    if (!firstAttempt) {
      return jdbc.sql(
                  "update import_job set lease_until = now() + ? * interval '1 millisecond'"
                      + " where id = ? and state = 'RUNNING' and lease_owner = ?")
              .params(leases.duration().toMillis(), jobId, leases.instance().id())
              .update()
          > 0;
    }
    return jdbc.sql(
                "update import_job set state = 'RUNNING', started_at = ?, rows_total = ?,"
                    + " rows_done = 0, rejected = 0, attempts = attempts + 1, lease_owner = ?,"
                    + " lease_until = now() + ? * interval '1 millisecond'"
                    + " where id = ? and state in ('QUEUED', 'RUNNING')"
                    + " and (lease_owner is null or lease_owner = ?)")
            .params(
                now(),
                total,
                leases.instance().id(),
                leases.duration().toMillis(),
                jobId,
                leases.instance().id())
            .update()
        > 0;
  }

  /** Imports into one dataset run one at a time: each decides what is new against the last. */
  private static void oneImportAtATime(Connection connection, UUID datasetId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, datasetId.getMostSignificantBits() ^ datasetId.getLeastSignificantBits());
      lock.execute();
    }
  }

  private void tuneTransaction(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // A crash before the commit reaches disk loses an import that then shows as failed.
      statement.execute("set local synchronous_commit = off");
      // A first import sorts every row once per index of the dataset's table; PostgreSQL's
      // default of 64MB would spill those sorts of a large file to disk.
      statement.execute("set local maintenance_work_mem = '" + indexBuildKilobytes + "kB'");
    }
  }

  /**
   * Where the rows go: a first import copies straight into the dataset's new table; later imports
   * (and a first one whose file repeats an entry) copy into a staging table merged afterwards.
   *
   * @return whether the rows go straight into the dataset's new table
   */
  private static boolean prepareTarget(Connection connection, UUID datasetId, boolean directIfEmpty)
      throws SQLException {
    boolean hasTable = DatasetTable.TRANSACTIONS.exists(connection, datasetId);
    if (directIfEmpty && !hasTable) {
      DatasetTable.TRANSACTIONS.create(connection, datasetId);
      return true;
    }
    if (!hasTable) {
      // A first import whose file repeats an entry: the merge needs the dataset's indexes.
      DatasetTable.TRANSACTIONS.create(connection, datasetId);
      DatasetTable.TRANSACTIONS.indexAndAttach(connection, datasetId);
    }
    ImportMerge.createStaging(connection);
    return false;
  }

  /**
   * Parses the file on this thread while the COPY streams its rows to PostgreSQL on another.
   *
   * @return the sink, with its counts of accepted, rejected and flagged rows
   */
  private TransactionSink copyFile(
      Connection connection,
      UUID jobId,
      UUID datasetId,
      StatementFormat format,
      ImportOptions options,
      Path file,
      boolean direct,
      AccountDirectory accounts,
      RejectionFile rejections)
      throws IOException, SQLException {
    CopyPipe pipe =
        CopyPipe.start(
            connection,
            direct
                ? DatasetTable.TRANSACTIONS.copy(datasetId, TransactionSink.COLUMNS)
                : ImportMerge.copyIntoStaging(),
            Thread.currentThread().getName() + "-copy");
    try {
      TransactionSink sink =
          new TransactionSink(
              new CopyRows(pipe),
              !direct,
              datasetId,
              jobId,
              accounts,
              new DedupKeys(),
              rejections,
              new Progress(jobId));
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        ImportParsers.forFormat(format, options).parse(in, sink);
      }
      sink.finish();
      pipe.finish();
      return sink;
    } catch (IOException | SQLException | RuntimeException | Error e) {
      pipe.abort();
      throw e;
    }
  }

  /**
   * Makes the copied rows the dataset's: indexes and attaches its new table, or merges the staged
   * rows, skipping those it already has.
   */
  private ImportMerge.Added addToDataset(
      Connection connection, UUID jobId, UUID datasetId, boolean direct, TransactionSink sink)
      throws SQLException {
    if (!direct) {
      return ImportMerge.merge(connection);
    }
    long indexing = System.nanoTime();
    DatasetTable.TRANSACTIONS.indexAndAttach(connection, datasetId);
    log.info(
        "Import {}: the dataset's new table of {} rows indexed and attached in {} ms",
        jobId,
        sink.accepted(),
        Duration.ofNanos(System.nanoTime() - indexing).toMillis());
    return new ImportMerge.Added(sink.accepted(), sink.flagged());
  }

  /**
   * The dataset's new count and versions, the job's counts and its end. Every import that commits
   * (first or later, direct or staged) passes here, in its transaction: the graph version moves on
   * with the rows, and the graph caches of every replica see it (GraphCache). Bumped even when all
   * rows were duplicates: the import may still have added accounts, holder names or balances.
   */
  private void recordSuccess(Connection connection, UUID jobId, UUID datasetId, Outcome outcome)
      throws SQLException {
    try (PreparedStatement dataset =
        connection.prepareStatement(
            "update dataset set transaction_count = transaction_count + ?,"
                + " version = version + 1, graph_version = graph_version + 1 where id = ?")) {
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
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The replica stops while the job runs: its transaction rolled back, so nothing of it was
   * imported; the job is handed back to run again elsewhere from its stored upload.
   *
   * @return true: the upload stays for the next run
   */
  private boolean stopped(UUID jobId) {
    Thread.interrupted(); // so that the database can still be told
    handBack(jobId, true);
    return true;
  }

  private void fail(UUID jobId, String reason) {
    jdbc.sql(
            "update import_job set state = 'FAILED', failure_reason = ?, imported = 0,"
                + " duplicates_skipped = 0, rejected = 0, flagged = 0, finished_at = ? where id = ?")
        .params(ControlCharacters.shown(reason), now(), jobId)
        .update();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private record Outcome(long rows, long imported, long duplicates, long rejected, long flagged) {}

  /** A direct COPY found an entry twice in the file; the import rolled back to start again. */
  private static final class RepeatedInFile extends RuntimeException {
    RepeatedInFile() {
      super("an entry repeats within the file", null, false, false);
    }
  }

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
        jdbc.sql("update import_job set rows_done = ?, rejected = ? where id = ?")
            .params(done, rejected, jobId)
            .update();
      }
    }
  }
}
