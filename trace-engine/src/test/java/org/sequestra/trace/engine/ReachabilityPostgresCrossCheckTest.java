package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Reachability#reachable} against the recursive CTE in real PostgreSQL (zonky, version 17)
 * on small random graphs: same reachable sets for every seed, start time and hop limit tried.
 */
class ReachabilityPostgresCrossCheckTest {

  static final long T0 = 1_700_000_000L;

  static EmbeddedPostgres postgres;
  static Connection connection;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    connection = postgres.getPostgresDatabase().getConnection();
    ReachabilitySql.createTable(connection);
  }

  @AfterAll
  static void stop() throws Exception {
    connection.close();
    postgres.close();
  }

  @Test
  void reachableSetsMatchTheRecursiveCteOnRandomGraphs() throws Exception {
    Random random = new Random(20_261_128);
    int questions = 0;
    int beyondTheSeed = 0;
    for (int graphNumber = 0; graphNumber < 150; graphNumber++) {
      int accounts = 2 + random.nextInt(30);
      int edges = random.nextInt(150);
      boolean hub =
          graphNumber % 3 == 0; // a third of the graphs route most money through account 0
      int[] from = new int[edges];
      int[] to = new int[edges];
      long[] time = new long[edges];
      for (int e = 0; e < edges; e++) {
        from[e] = hub && random.nextBoolean() ? 0 : random.nextInt(accounts);
        to[e] = hub && random.nextBoolean() ? 0 : random.nextInt(accounts);
        time[e] = T0 + random.nextInt(40); // few distinct seconds: many ties
      }
      TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(accounts);
      for (int e = 0; e < edges; e++) {
        builder.add(from[e], to[e], 1, 0, time[e]);
      }
      Reachability reachability = new Reachability(builder.build());
      ReachabilitySql.replaceEdges(connection, from, to, time);
      for (int question = 0; question < 10; question++) {
        int seed = random.nextInt(accounts);
        long fromTime = T0 - 5 + random.nextInt(50);
        int hops = random.nextInt(7);
        int[] expected = ReachabilitySql.reachable(connection, seed, fromTime, hops);
        assertThat(reachability.reachable(seed, fromTime, hops).accounts())
            .as("graph %d, seed %d, from %d, %d hops", graphNumber, seed, fromTime, hops)
            .containsExactly(expected);
        questions++;
        beyondTheSeed += expected.length > 1 ? 1 : 0;
      }
    }
    System.out.printf(
        "reachability = recursive CTE (%s) on %d questions, %d reaching beyond the seed%n",
        connection.getMetaData().getDatabaseProductVersion(), questions, beyondTheSeed);
    assertThat(beyondTheSeed)
        .as("the random graphs must exercise paths")
        .isGreaterThan(questions / 3);
  }
}
