package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;

/**
 * The baseline: an embedded PostgreSQL 17 holding the same ledger in one table, asked the same
 * reachability question as a recursive CTE. The server is tuned for reads of a warm, fully cached
 * table (no durability: it is thrown away), so the comparison is with PostgreSQL at its best, not
 * with a cold disk.
 */
final class PostgresBaseline implements AutoCloseable {

  private static final String QUERY_CANCELED = "57014";

  private final EmbeddedPostgres server;
  private final Connection connection;
  private final String reachableSql;

  private PostgresBaseline(EmbeddedPostgres server, Connection connection) throws SQLException {
    this.server = server;
    this.connection = connection;
    this.reachableSql = resource("/sql/reachable_within_hops.sql");
  }

  static PostgresBaseline start() {
    try {
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setServerConfig("shared_buffers", "2GB")
              .setServerConfig("work_mem", "256MB")
              .setServerConfig("maintenance_work_mem", "1GB")
              .setServerConfig("max_wal_size", "8GB")
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("autovacuum", "off")
              // JIT compiles a plan for every costly query (~100 ms and more): off favours
              // PostgreSQL here.
              .setServerConfig("jit", "off")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      return new PostgresBaseline(server, server.getPostgresDatabase().getConnection());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not connect to embedded PostgreSQL", e);
    }
  }

  String version() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW server_version")) {
      result.next();
      return result.getString(1);
    }
  }

  /**
   * Loads the ledger with COPY into an unlogged table, indexes it on (src, ts) with dst included so
   * the CTE runs on index-only scans, vacuums (visibility map) and analyzes, then prewarms table
   * and index into shared buffers.
   */
  void load(SyntheticLedger ledger) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS transfer");
      statement.execute(
          "CREATE UNLOGGED TABLE transfer (src int NOT NULL, dst int NOT NULL, ts bigint NOT NULL,"
              + " amount bigint NOT NULL)");
    }
    CopyIn copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY transfer (src, dst, ts, amount) FROM STDIN");
    StringBuilder rows = new StringBuilder(1 << 20);
    for (int i = 0; i < ledger.transactionCount(); i++) {
      rows.append(ledger.from[i])
          .append('\t')
          .append(ledger.to[i])
          .append('\t')
          .append(ledger.time[i])
          .append('\t')
          .append(ledger.amount[i])
          .append('\n');
      if (rows.length() > (1 << 20) - 100) {
        write(copy, rows);
      }
    }
    write(copy, rows);
    copy.endCopy();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX transfer_src_ts ON transfer (src, ts) INCLUDE (dst)");
      statement.execute("VACUUM ANALYZE transfer");
      statement.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
      statement.execute("SELECT pg_prewarm('transfer'), pg_prewarm('transfer_src_ts')");
    }
  }

  /** Bytes the table and its index take on disk. */
  long relationBytes() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT pg_total_relation_size('transfer')")) {
      result.next();
      return result.getLong(1);
    }
  }

  /** The reachable accounts (ascending), or null when the query ran into the timeout. */
  int[] reachable(int seedAccount, long fromTime, int hops, Duration timeout) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET statement_timeout = " + timeout.toMillis());
    }
    try (PreparedStatement query = connection.prepareStatement(reachableSql)) {
      // The unnamed statement: planned for these parameters every time, never a generic plan.
      query.unwrap(PGStatement.class).setPrepareThreshold(0);
      query.setInt(1, seedAccount);
      query.setLong(2, fromTime);
      query.setInt(3, hops);
      int[] accounts = new int[64];
      int count = 0;
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          if (count == accounts.length) {
            accounts = Arrays.copyOf(accounts, count * 2);
          }
          accounts[count++] = result.getInt(1);
        }
      }
      return Arrays.copyOf(accounts, count);
    } catch (SQLException e) {
      if (QUERY_CANCELED.equals(e.getSQLState())) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing the server below ends the session anyway
    }
    server.close();
  }

  private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
    byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
    copy.writeToCopy(bytes, 0, bytes.length);
    rows.setLength(0);
  }

  private static String resource(String path) {
    try (InputStream in = PostgresBaseline.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
