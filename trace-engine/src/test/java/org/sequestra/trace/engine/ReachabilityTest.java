package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

  record Edge(int from, int to, long time) {}

  @Test
  void followsOnlyTimeRespectingPathsWithinTheHopLimit() {
    // 0 -10-> 1 -5-> 2 (too early), 1 -20-> 3 -30-> 4, 0 -1-> 5 (before fromTime)
    TemporalGraph graph =
        TemporalGraph.fromEdgeList(
            new int[] {0, 1, 1, 3, 0}, new int[] {1, 2, 3, 4, 5}, new long[] {10, 5, 20, 30, 1});
    Reachability reachability = new Reachability(graph);
    assertThat(reachability.reachable(0, 2, 3).accounts()).containsExactly(0, 1, 3, 4);
    assertThat(reachability.reachable(0, 2, 2).accounts()).containsExactly(0, 1, 3);
    assertThat(reachability.reachable(0, 0, 1).accounts()).containsExactly(0, 1, 5);
    assertThat(reachability.reachable(0, 11, 5).accounts()).containsExactly(0);
    assertThat(reachability.reachable(0, 2, 3).edgesScanned()).isEqualTo(3);
  }

  @Test
  void aLongerButEarlierPathStillCounts() {
    // 0 -100-> 2 directly is too late for 2 -50-> 3, but 0 -1-> 1 -2-> 2 arrives in time.
    TemporalGraph graph =
        TemporalGraph.fromEdgeList(
            new int[] {0, 0, 1, 2}, new int[] {2, 1, 2, 3}, new long[] {100, 1, 2, 50});
    assertThat(new Reachability(graph).reachable(0, 0, 3).accounts()).containsExactly(0, 1, 2, 3);
    assertThat(new Reachability(graph).reachable(0, 0, 2).accounts()).containsExactly(0, 1, 2);
  }

  @Provide
  Arbitrary<List<Edge>> edgeLists() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 7),
            Arbitraries.longs().between(0, 12))
        .as(Edge::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  // Same accounts as a naive enumeration of every time-respecting path; the search object is
  // reused.
  @Property(tries = 500)
  void matchesNaivePathEnumeration(
      @ForAll("edgeLists") List<Edge> edges,
      @ForAll @IntRange(min = 0, max = 7) int seed,
      @ForAll @IntRange(min = 0, max = 12) int fromTime,
      @ForAll @IntRange(min = 0, max = 5) int hops) {
    TemporalGraph graph =
        TemporalGraph.fromEdgeList(
            edges.stream().mapToInt(Edge::from).toArray(),
            edges.stream().mapToInt(Edge::to).toArray(),
            edges.stream().mapToLong(Edge::time).toArray());
    Reachability reachability =
        new Reachability(graph.accountCount() > seed ? graph : withAccounts(edges, seed + 1));
    for (int repeat = 0; repeat < 2; repeat++) {
      assertThat(reachability.reachable(seed, fromTime, hops).accounts())
          .containsExactly(
              naive(edges, seed, fromTime, hops).stream().mapToInt(Integer::intValue).toArray());
    }
  }

  // Larger, sparse graphs: small searches take the sorted-list paths, large ones the bit-set scans
  // (the switch depends on the share of accounts reached); one search object serves every seed, so
  // state left over from an earlier search would show.
  @Property(tries = 200)
  void matchesHopBoundedRelaxationOnSparseGraphsWithManyAccounts(
      @ForAll @IntRange(min = 64, max = 2_000) int accounts,
      @ForAll @IntRange(min = 1, max = 3_000) int edgeCount,
      @ForAll @IntRange(min = 0, max = 6) int hops,
      @ForAll long randomSeed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(randomSeed);
    int[] from = new int[edgeCount];
    int[] to = new int[edgeCount];
    long[] time = new long[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      from[e] = random.nextInt(accounts);
      to[e] = random.nextInt(accounts);
      time[e] = random.nextInt(1_000);
    }
    TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(accounts);
    for (int e = 0; e < edgeCount; e++) {
      builder.add(from[e], to[e], 1, 0, time[e]);
    }
    Reachability reachability = new Reachability(builder.build());
    for (int search = 0; search < 20; search++) {
      int seed = random.nextInt(accounts);
      long fromTime = random.nextInt(1_000);
      assertThat(reachability.reachable(seed, fromTime, hops).accounts())
          .containsExactly(relaxation(accounts, from, to, time, seed, fromTime, hops));
    }
  }

  /**
   * Earliest arrival within k hops, for k = 1..hops (Bellman-Ford bounded by hops); reached = any
   * finite arrival.
   */
  private static int[] relaxation(
      int accounts, int[] from, int[] to, long[] time, int seed, long fromTime, int hops) {
    long[] arrival = new long[accounts];
    java.util.Arrays.fill(arrival, Long.MAX_VALUE);
    arrival[seed] = fromTime;
    boolean[] reached = new boolean[accounts];
    reached[seed] = true;
    for (int hop = 1; hop <= hops; hop++) {
      long[] next = arrival.clone();
      for (int e = 0; e < from.length; e++) {
        if (arrival[from[e]] <= time[e] && time[e] < next[to[e]]) {
          next[to[e]] = time[e];
          reached[to[e]] = true;
        }
      }
      arrival = next;
    }
    return java.util.stream.IntStream.range(0, accounts).filter(a -> reached[a]).toArray();
  }

  private static TemporalGraph withAccounts(List<Edge> edges, int accounts) {
    TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(accounts);
    edges.forEach(e -> builder.add(e.from(), e.to(), 1, 0, e.time()));
    return builder.build();
  }

  private static TreeSet<Integer> naive(List<Edge> edges, int seed, long fromTime, int hops) {
    TreeSet<Integer> found = new TreeSet<>();
    walk(edges, seed, fromTime, hops, found);
    return found;
  }

  private static void walk(
      List<Edge> edges, int account, long notBefore, int hopsLeft, TreeSet<Integer> found) {
    found.add(account);
    if (hopsLeft == 0) {
      return;
    }
    for (Edge edge : edges) {
      if (edge.from() == account && edge.time() >= notBefore) {
        walk(edges, edge.to(), edge.time(), hopsLeft - 1, found);
      }
    }
  }
}
