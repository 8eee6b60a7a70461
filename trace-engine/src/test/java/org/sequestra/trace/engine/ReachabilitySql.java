package org.sequestra.trace.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;

/**
 * {@link Reachability}'s question asked of PostgreSQL: the edge table of {@code
 * sql/trace_edge.sql}, loaded with COPY, and the recursive CTE of {@code
 * sql/reachable_within_hops.sql}. Both SQL files are plain resources so that the benchmarks ask
 * exactly the same query.
 */
public final class ReachabilitySql {

  public static final String SCHEMA = resource("/sql/trace_edge.sql");
  public static final String QUERY = resource("/sql/reachable_within_hops.sql");

  private ReachabilitySql() {}

  public static void createTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(SCHEMA);
    }
  }

  /** Replaces the table's rows with these edges (parallel arrays) through COPY. */
  public static void replaceEdges(Connection connection, int[] from, int[] to, long[] epochSeconds)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("truncate trace_edge");
    }
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < from.length; i++) {
      rows.append(from[i])
          .append('\t')
          .append(to[i])
          .append('\t')
          .append(epochSeconds[i])
          .append('\n');
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy trace_edge (from_account, to_account, epoch_second) from stdin",
              new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze trace_edge");
    }
  }

  /** Accounts reachable from the seed (itself included), ascending. */
  public static int[] reachable(Connection connection, int seed, long fromTime, int hops)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(QUERY)) {
      query.setLong(1, seed);
      query.setLong(2, fromTime);
      query.setInt(3, hops);
      IntStream.Builder accounts = IntStream.builder();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          accounts.add(Math.toIntExact(rows.getLong(1)));
        }
      }
      return accounts.build().toArray();
    }
  }

  private static String resource(String path) {
    try (InputStream in =
        Objects.requireNonNull(ReachabilitySql.class.getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
