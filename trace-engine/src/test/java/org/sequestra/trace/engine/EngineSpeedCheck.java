package org.sequestra.trace.engine;

import java.util.Random;

/**
 * Rough, non-asserting timings on a synthetic skewed graph (not a benchmark: no JMH, shared cores).
 * Run: {@code java -cp target/classes:target/test-classes
 * org.sequestra.trace.engine.EngineSpeedCheck [transactions]}
 */
public final class EngineSpeedCheck {

  private static final int EUR = 978;
  private static final long YEAR_START = 1_700_000_000L;

  public static void main(String[] args) {
    int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int accounts = transactions / 10;
    Random random = new Random(42);
    long start = System.nanoTime();
    TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(accounts + 1);
    // Opening balances (one extra transaction per account) so accounts rarely run dry.
    for (int a = 0; a < accounts; a++) {
      builder.add(accounts, a, 1_000_000_00L, EUR, YEAR_START - 1);
    }
    for (int i = 0; i < transactions; i++) {
      builder.add(
          skewed(random, accounts),
          skewed(random, accounts),
          100 + (long) Math.pow(10, 2 + 5 * random.nextDouble()),
          EUR,
          YEAR_START + random.nextInt(365 * 86_400));
    }
    long added = System.nanoTime();
    TemporalGraph graph = builder.build();
    long built = System.nanoTime();
    System.out.printf(
        "graph: %,d transactions + %,d openings, %.1f bytes/transaction; add %.0f ms, build %.0f ms%n",
        transactions,
        accounts,
        graph.bytesPerTransaction(),
        (added - start) / 1e6,
        (built - added) / 1e6);

    int seedEdge = accounts + transactions / 10;
    while (graph.to(seedEdge) >= 10) {
      seedEdge++;
    }
    int hub = graph.to(seedEdge);
    forward(
        graph,
        TraceSeed.transactions(graph.transactionId(seedEdge)),
        "seed: one payment into a hub, early in the year");
    forward(
        graph,
        TraceSeed.inAccount(hub, 50_000_000_00L, graph.time(seedEdge), Long.MAX_VALUE),
        "seed: half of that hub's balance");

    int lastPayment = graph.transactionCount() - 1;
    while (graph.from(lastPayment) >= 50) {
      lastPayment--;
    }
    TraceSeed payment =
        TraceSeed.transactionsWithin(YEAR_START, Long.MAX_VALUE, graph.transactionId(lastPayment));
    for (AttributionRule rule :
        new AttributionRule[] {
          AttributionRule.FIFO,
          AttributionRule.LIFO,
          AttributionRule.PRO_RATA,
          AttributionRule.POISON
        }) {
      TraceOptions options = TraceOptions.of(rule, EUR).withHopLimit(3).withMinAmount(100_00);
      long t0 = System.nanoTime();
      TraceResult result = new BackwardTrace(graph).trace(payment, options);
      System.out.printf(
          "backward %-8s 3 hops, threshold 100.00, a hub's last payment: %6.0f ms, %,d flows%n",
          rule, (System.nanoTime() - t0) / 1e6, result.flows().size());
    }

    Reachability reachability = new Reachability(graph);
    int[] seeds = random.ints(200, 0, accounts).toArray();
    for (int round = 0; round < 2; round++) {
      long scanned = 0;
      long reached = 0;
      long t0 = System.nanoTime();
      for (int s : seeds) {
        ReachableAccounts found = reachability.reachable(s, YEAR_START, 3);
        scanned += found.edgesScanned();
        reached += found.size();
      }
      long elapsed = System.nanoTime() - t0;
      System.out.printf(
          "reachable, 3 hops, %d random seeds (round %d): %.2f ms each, %,d accounts on average, %.0f M edges scanned/s%n",
          seeds.length,
          round + 1,
          elapsed / 1e6 / seeds.length,
          reached / seeds.length,
          scanned / (elapsed / 1e9) / 1e6);
    }
    long t0 = System.nanoTime();
    ReachableAccounts fromHub = reachability.reachable(hub, YEAR_START, 3);
    long elapsed = System.nanoTime() - t0;
    System.out.printf(
        "reachable, 3 hops, from hub %d (%,d outgoing): %.1f ms, %,d accounts, %,d edges scanned (%.0f M/s)%n",
        hub,
        graph.outEnd(hub) - graph.outStart(hub),
        elapsed / 1e6,
        fromHub.size(),
        fromHub.edgesScanned(),
        fromHub.edgesScanned() / (elapsed / 1e9) / 1e6);
  }

  private static void forward(TemporalGraph graph, TraceSeed seed, String label) {
    System.out.println(label);
    for (AttributionRule rule : AttributionRule.values()) {
      TraceOptions options = TraceOptions.of(rule, EUR).withHopLimit(6);
      TraceResult last = null;
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 5; run++) {
        long t0 = System.nanoTime();
        last = new ForwardTrace(graph).trace(seed, options);
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.out.printf(
          "  forward %-8s best of 5 %6.0f ms = %5.1f M transactions/s; %,d flows, %,d end points%n",
          rule,
          best / 1e6,
          graph.transactionCount() / (best / 1e9) / 1e6,
          last.flows().size(),
          last.endPoints().size());
    }
  }

  /** Cubing a uniform draw makes low ids hubs: a few accounts see most of the traffic. */
  private static int skewed(Random random, int accounts) {
    double u = random.nextDouble();
    return (int) (accounts * u * u * u);
  }

  private EngineSpeedCheck() {}
}
