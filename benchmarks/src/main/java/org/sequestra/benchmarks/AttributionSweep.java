package org.sequestra.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sequestra.trace.engine.AttributionRule;
import org.sequestra.trace.engine.ForwardTrace;
import org.sequestra.trace.engine.TemporalGraph;
import org.sequestra.trace.engine.TraceOptions;
import org.sequestra.trace.engine.TraceResult;
import org.sequestra.trace.engine.TraceSeed;

/**
 * Attribution sweep throughput per core. The sweep is one {@link ForwardTrace#trace} call: a single
 * pass over every transaction of the graph in event order that keeps each account's balance and,
 * once tainted money reaches an account, its ledger under the rule, and returns the full result
 * (flows per transaction, end points, top paths, reconciliation). Seed: the whole amounts of {@code
 * sweepSeeds} random transactions from the ledger's first 30 days; hop limit 10 (the engine's
 * default), minimum amount 100.00 EUR (traced amounts below it are booked as below threshold and
 * not followed, as an investigator would set it), no stop-list. Throughput = transactions in the
 * graph / wall time of the call. POISON has no target and is left out: it taints nearly every later
 * transaction of this graph, so its time is that of writing a result the size of the graph.
 *
 * <p>Baselines, in the same run and interleaved with the sweeps so machine noise hits all alike: a
 * plain sum of every amount (memory floor), and a plain balance replay (every account's balance
 * moved transaction by transaction, floored at zero, as the engine does for money it does not
 * trace).
 */
final class AttributionSweep {

  private static final int HOP_LIMIT = 10;
  private static final long MIN_AMOUNT = 100_00;
  private static final List<AttributionRule> RULES =
      List.of(
          AttributionRule.LIBR,
          AttributionRule.PRO_RATA,
          AttributionRule.FIFO,
          AttributionRule.LIFO);

  private final SyntheticLedger ledger;
  private final TemporalGraph graph;
  private final Size size;

  AttributionSweep(SyntheticLedger ledger, TemporalGraph graph, Size size) {
    this.ledger = ledger;
    this.graph = graph;
    this.size = size;
  }

  void run(ResultTable table) {
    TraceSeed seed = TraceSeed.transactions(seedTransactions());
    ForwardTrace trace = new ForwardTrace(graph);
    int rounds = size.sweepRounds;
    long[] sumNanos = new long[rounds];
    long[] replayNanos = new long[rounds];
    long[][] ruleNanos = new long[RULES.size()][rounds];
    TraceResult[] results = new TraceResult[RULES.size()];
    for (int round = -1; round < rounds; round++) { // round -1 warms up
      long sum = timed(this::sumAmounts);
      long replay = timed(this::replayBalances);
      if (round >= 0) {
        sumNanos[round] = sum;
        replayNanos[round] = replay;
      }
      for (int r = 0; r < RULES.size(); r++) {
        TraceOptions options =
            TraceOptions.of(RULES.get(r), SyntheticLedger.EUR)
                .withHopLimit(HOP_LIMIT)
                .withMinAmount(MIN_AMOUNT);
        long start = System.nanoTime();
        results[r] = trace.trace(seed, options);
        long elapsed = System.nanoTime() - start;
        if (round >= 0) {
          ruleNanos[r][round] = elapsed;
        }
      }
    }

    int transactions = graph.transactionCount();
    long replay = Stats.median(replayNanos);
    long sum = Stats.median(sumNanos);
    table.section(
        String.format(
            "Attribution sweep per core: one ForwardTrace over all %,d transactions, seed = %,d"
                + " transactions of the first 30 days, hop limit %d, minimum amount 100.00 (median of %d)",
            transactions, size.sweepSeeds, HOP_LIMIT, rounds));
    table.row(
        "baseline: plain balance replay", Stats.perSecond(transactions, replay), "", "", "", "");
    table.row("baseline: plain sum of amounts", Stats.perSecond(transactions, sum), "", "", "", "");
    for (int r = 0; r < RULES.size(); r++) {
      AttributionRule rule = RULES.get(r);
      long nanos = Stats.median(ruleNanos[r]);
      double perSecond = transactions / (nanos / 1e9);
      double target = rule == AttributionRule.LIBR || rule == AttributionRule.PRO_RATA ? 10e6 : 3e6;
      TraceResult result = results[r];
      table.row(
          String.format(
              "%s sweep (%,d tainted flows, %,d end points)",
              rule, result.flows().size(), result.endPoints().size()),
          Stats.perSecond(transactions, nanos),
          "balance replay " + Stats.perSecond(transactions, replay),
          Stats.times((double) replay / nanos),
          String.format("≥ %.0f M/s", target / 1e6),
          ResultTable.verdict(perSecond >= target));
    }
  }

  private int[] seedTransactions() {
    long firstMonthEnd = SyntheticLedger.YEAR_START + 30 * 86_400L;
    int[] early =
        IntStream.range(0, ledger.transactionCount())
            .filter(i -> ledger.time[i] < firstMonthEnd)
            .toArray();
    SplittableRandom random = new SplittableRandom(11);
    List<Integer> picked = new ArrayList<>();
    while (picked.size() < Math.min(size.sweepSeeds, early.length)) {
      int candidate = early[random.nextInt(early.length)];
      if (!picked.contains(candidate)) {
        picked.add(candidate);
      }
    }
    return picked.stream().mapToInt(Integer::intValue).toArray();
  }

  private long sumAmounts() {
    long total = 0;
    for (int e = 0; e < graph.transactionCount(); e++) {
      total += graph.amount(e);
    }
    return total;
  }

  private long replayBalances() {
    long[] balance = new long[graph.accountCount()];
    for (int e = 0; e < graph.transactionCount(); e++) {
      int sender = graph.from(e);
      long amount = graph.amount(e);
      balance[sender] = Math.max(0, balance[sender] - amount);
      balance[graph.to(e)] += amount;
    }
    return balance[0];
  }

  private static long timed(java.util.function.LongSupplier work) {
    long start = System.nanoTime();
    Stats.consume(work.getAsLong());
    return System.nanoTime() - start;
  }
}
