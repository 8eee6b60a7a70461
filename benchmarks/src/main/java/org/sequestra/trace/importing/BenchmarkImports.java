package org.sequestra.trace.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.springframework.util.unit.DataSize;

/**
 * The benchmark's door into the service's import path: the same {@link ImportRunner} a worker runs
 * for an upload (row count, parse, COPY, index build and attach or dedup, one transaction), minus
 * HTTP and Spring. Lives in the importing package of the benchmarks module so the service need not
 * make its runner public.
 */
public final class BenchmarkImports {

  /** What the job row says when the import ended. */
  public record Result(
      String state, long imported, long duplicatesSkipped, long rejected, String failureReason) {}

  /** What {@link #serverOnlyLoad} loaded, and in how long. */
  public record ServerOnly(long rows, long nanos) {}

  /** The import's {@code sequestra.import.index-build-memory} here. */
  private static final DataSize INDEX_BUILD_MEMORY = DataSize.ofGigabytes(1);

  private BenchmarkImports() {}

  /** A dataset for the imports, as the API creates it. */
  public static UUID createDataset(DataSource dataSource) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by, version)"
                    + " values (?, 'BENCH/1', 'benchmark', 'agency-nl', now(), 'benchmark', 0)")) {
      insert.setObject(1, id);
      insert.executeUpdate();
    }
    return id;
  }

  /**
   * Creates the dataset's partitions of the transaction and account tables, with their indexes, in
   * the connection's transaction: where a loader that inserts into {@code transaction} and {@code
   * account} finds the dataset's rows a place (the import creates them itself).
   */
  public static void createPartition(Connection connection, UUID datasetId) throws SQLException {
    try (Statement create = connection.createStatement()) {
      create.execute(
          "create table "
              + DatasetTable.TRANSACTIONS.name(datasetId)
              + " partition of transaction for values in ('"
              + datasetId
              + "')");
      create.execute(
          "create table "
              + DatasetTable.ACCOUNTS.name(datasetId)
              + " partition of account for values in ('"
              + datasetId
              + "')");
    }
  }

  /**
   * PostgreSQL's share of a first import, without the import's Java side: the dataset's
   * transactions, as the import wrote them, are copied out in binary to a file, then loaded again
   * as a first import loads them (a new table in one transaction, binary {@code COPY ... FREEZE},
   * its indexes built, attached), with the rows read from that file instead of parsed. Rolled back.
   *
   * @return the rows loaded and the nanoseconds from the table's creation to the attach
   */
  public static ServerOnly serverOnlyLoad(DataSource dataSource, UUID datasetId, Path file)
      throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
      UUID other = createDataset(dataSource);
      // The same rows as another dataset's (a dataset's table holds only its own).
      String columns = TransactionSink.COLUMNS.replaceFirst("^dataset_id", "'" + other + "'::uuid");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        copies.copyOut(
            "copy (select "
                + columns
                + " from transaction where dataset_id = '"
                + datasetId
                + "' order by id) to stdout (format binary)",
            out);
      }
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set local synchronous_commit = off");
        statement.execute(
            "set local maintenance_work_mem = '" + INDEX_BUILD_MEMORY.toKilobytes() + "kB'");
      }
      long start = System.nanoTime();
      DatasetTable.TRANSACTIONS.create(connection, other);
      long rows;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        rows = copies.copyIn(DatasetTable.TRANSACTIONS.copy(other, TransactionSink.COLUMNS), in);
      }
      DatasetTable.TRANSACTIONS.indexAndAttach(connection, other);
      long nanos = System.nanoTime() - start;
      connection.rollback();
      return new ServerOnly(rows, nanos);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Imports a CSV file (Sequestra's layout, UTF-8) into the dataset as an upload would, and returns
   * the job's outcome. The runner deletes the file it is given, as it does with uploads.
   */
  public static Result importCsv(DataSource dataSource, UUID datasetId, Path file, Path workDir)
      throws SQLException {
    UUID jobId = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into import_job (id, dataset_id, format, state, size_bytes, created_at, created_by)"
                    + " values (?, ?, 'CSV', 'QUEUED', ?, ?, 'benchmark')")) {
      insert.setObject(1, jobId);
      insert.setObject(2, datasetId);
      insert.setLong(3, file.toFile().length());
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
    ImportProperties properties =
        new ImportProperties(1, 0, workDir, Duration.ofSeconds(1), INDEX_BUILD_MEMORY);
    // No graph cache listens here: the "dataset imported" event goes nowhere.
    new ImportRunner(dataSource, Clock.systemUTC(), properties, event -> {})
        .run(
            jobId,
            datasetId,
            StatementFormat.CSV,
            new ImportOptions(StandardCharsets.UTF_8, "EUR"),
            file);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select state, imported, duplicates_skipped, rejected, failure_reason from import_job where id = ?")) {
      select.setObject(1, jobId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new Result(
            row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getString(5));
      }
    }
  }
}
