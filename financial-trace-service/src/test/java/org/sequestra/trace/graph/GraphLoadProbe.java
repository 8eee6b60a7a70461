package org.sequestra.trace.graph;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A harness, not a test (the build does not run it): the graph load's throughput next to
 * PostgreSQL's binary COPY out of the same rows into nothing, the floor no loader goes below. Run
 * with {@code mvn -pl financial-trace-service -am test -Dtest=GraphLoadProbe
 * -Dsurefire.failIfNoSpecifiedTests=false -Dprobe.transactions=1000000}.
 */
class GraphLoadProbe {

  @Test
  void graphLoadNextToARawCopy() throws SQLException {
    DataSource dataSource = TestDatabase.dataSource("graph_load_probe");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    GraphLoader loader = new GraphLoader(dataSource, new DataSourceTransactionManager(dataSource));
    int transactions = Integer.getInteger("probe.transactions", 1_000_000);
    long started = System.nanoTime();
    UUID dataset =
        GraphCacheTest.dataset(new JdbcTemplate(dataSource), transactions, transactions / 10);
    System.out.printf("probe: %d transactions generated in %d ms%n", transactions, millis(started));
    GraphSize size = loader.size(dataset);
    for (int run = 0; run < 4; run++) {
      started = System.nanoTime();
      long rows;
      try (Connection connection = dataSource.getConnection()) {
        rows =
            connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyOut(
                    GraphLoader.TRANSACTIONS.formatted(dataset), OutputStream.nullOutputStream());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      long copy = millis(started);
      started = System.nanoTime();
      DatasetGraph graph = loader.load(dataset, size);
      long load = millis(started);
      System.out.printf(
          "probe run %d: raw COPY of %d rows %d ms (%.2f M/s); graph load %d ms (%.2f M/s), %d MB%n",
          run,
          rows,
          copy,
          rows / 1000.0 / copy,
          load,
          graph.graph().transactionCount() / 1000.0 / load,
          graph.memoryBytes() >> 20);
    }
  }

  private static long millis(long started) {
    return Math.max(1, (System.nanoTime() - started) / 1_000_000);
  }
}
