package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the attribution rules on random small graphs, forward and backward. */
class TraceInvariantsTest {

  static final List<AttributionRule> CONSERVING =
      List.of(
          AttributionRule.FIFO,
          AttributionRule.LIFO,
          AttributionRule.PRO_RATA,
          AttributionRule.LIBR);
  static final List<AttributionRule> BACKWARD_CONSERVING =
      List.of(AttributionRule.FIFO, AttributionRule.LIFO, AttributionRule.PRO_RATA);

  @Provide
  Arbitrary<RandomLedgers.Scenario> scenarios() {
    return RandomLedgers.scenarios();
  }

  // Seed == held + hop limit + below threshold + stop-list + unexplained, to the minor unit.
  @Property(tries = 400)
  void forwardTraceReconcilesExactly(@ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    for (AttributionRule rule : CONSERVING) {
      TraceResult result =
          new ForwardTrace(graph).trace(scenario.seed(graph, true), scenario.options(rule));
      assertThat(result.reconciliation().orElseThrow().balances())
          .as(rule + "\n" + result)
          .isTrue();
    }
  }

  // Same for backward: every minor unit of the seed is attributed to a source, a stop, or
  // unexplained.
  @Property(tries = 400)
  void backwardTraceReconcilesExactly(@ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    for (AttributionRule rule : BACKWARD_CONSERVING) {
      TraceResult result =
          new BackwardTrace(graph).trace(scenario.seed(graph, false), scenario.options(rule));
      assertThat(result.reconciliation().orElseThrow().balances())
          .as(rule + "\n" + result)
          .isTrue();
    }
  }

  // Forward: money leaves an account only after traced money arrived there (or the seed was
  // placed).
  @Property(tries = 300)
  void forwardFlowsNeverGoBackInTime(@ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    TraceSeed seed = scenario.seed(graph, true);
    for (AttributionRule rule : AttributionRule.values()) {
      TraceResult result = new ForwardTrace(graph).trace(seed, scenario.options(rule));
      List<Integer> flowEdges = edges(graph, result);
      for (int f : flowEdges) {
        int sender = graph.from(f);
        boolean seeded =
            isSeedEdge(graph, seed, f)
                || seed instanceof TraceSeed.InAccount in
                    && in.account() == sender
                    && graph.time(f) >= in.from();
        boolean fed =
            flowEdges.stream()
                .anyMatch(e -> e < f && graph.to(e) == sender && graph.time(e) <= graph.time(f));
        assertThat(seeded || fed).as(rule + " flow on edge " + f + "\n" + result).isTrue();
      }
    }
  }

  // Backward: every traced inflow was spent by a later traced outflow of its receiver (or is the
  // seed).
  @Property(tries = 300)
  void backwardFlowsNeverGoForwardInTime(@ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    TraceSeed seed = scenario.seed(graph, false);
    for (AttributionRule rule :
        List.of(
            AttributionRule.FIFO,
            AttributionRule.LIFO,
            AttributionRule.PRO_RATA,
            AttributionRule.POISON)) {
      TraceResult result = new BackwardTrace(graph).trace(seed, scenario.options(rule));
      List<Integer> flowEdges = edges(graph, result);
      for (int f : flowEdges) {
        int receiver = graph.to(f);
        boolean seeded =
            isSeedEdge(graph, seed, f)
                || seed instanceof TraceSeed.InAccount in
                    && in.account() == receiver
                    && graph.time(f) <= in.until();
        boolean spent =
            flowEdges.stream()
                .anyMatch(
                    e -> e > f && graph.from(e) == receiver && graph.time(e) >= graph.time(f));
        assertThat(seeded || spent).as(rule + " flow on edge " + f + "\n" + result).isTrue();
      }
    }
  }

  // Traced money leaving or staying in an account never exceeds the traced money that entered it,
  // and no transaction carries more than its amount.
  @Property(tries = 300)
  void tracedMoneyInAnAccountNeverExceedsWhatEnteredIt(
      @ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    TraceSeed seed = scenario.seed(graph, true);
    for (AttributionRule rule : CONSERVING) {
      TraceResult result = new ForwardTrace(graph).trace(seed, scenario.options(rule));
      for (int account = 0; account < graph.accountCount(); account++) {
        long entered =
            seed instanceof TraceSeed.InAccount in && in.account() == account
                ? in.amount() - result.amountAt(account, EndReason.UNEXPLAINED)
                : 0;
        long leftOrStayed =
            result.heldAt(account)
                + result.amountAt(account, EndReason.HOP_LIMIT)
                + result.amountAt(account, EndReason.STOP_LIST);
        for (EdgeFlow flow : result.flows()) {
          entered += flow.to() == account ? flow.amount() : 0;
          // A seed transaction creates traced money; its sender never held it.
          boolean seedFlow =
              seed instanceof TraceSeed.OfTransactions of
                  && of.transactionIds()[0] == flow.transactionId();
          leftOrStayed += flow.from() == account && !seedFlow ? flow.amount() : 0;
        }
        assertThat(leftOrStayed)
            .as(rule + " account " + account + "\n" + result)
            .isLessThanOrEqualTo(entered);
      }
      for (int e : edges(graph, result)) {
        assertThat(result.flowOf(graph.transactionId(e))).isLessThanOrEqualTo(graph.amount(e));
      }
    }
  }

  // LIBR: what stays traced in an account is at most its lowest balance since traced money last
  // arrived.
  @Property(tries = 400)
  void librNeverAttributesMoreThanTheLowestIntermediateBalance(
      @ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    TraceSeed seed = scenario.seed(graph, true);
    TraceOptions options = scenario.options(AttributionRule.LIBR);
    TraceResult result = new ForwardTrace(graph).trace(seed, options);
    int end = graph.edgesUntil(seed.until());
    for (EndPoint held : result.endPoints()) {
      if (held.reason() != EndReason.HELD) {
        continue;
      }
      int account = held.account();
      int lastArrival = -1;
      for (int e = 0; e < end; e++) {
        if (graph.to(e) == account && result.flowOf(graph.transactionId(e)) > 0) {
          lastArrival = e;
        }
      }
      long balance = 0;
      long lowest = Long.MAX_VALUE;
      boolean seedPlaced = false;
      for (int e = 0; e < end; e++) {
        if (seed instanceof TraceSeed.InAccount in
            && in.account() == account
            && !seedPlaced
            && graph.time(e) >= in.from()) {
          seedPlaced = true;
          lowest = lastArrival < 0 ? balance : lowest;
        }
        if (graph.currency(e) != options.currency()) {
          continue;
        }
        if (graph.from(e) == account) {
          balance = Math.max(0, balance - graph.amount(e));
        }
        if (graph.to(e) == account) {
          balance += graph.amount(e);
        }
        if (e >= lastArrival && (lastArrival >= 0 || seedPlaced)) {
          lowest = Math.min(lowest, balance);
        }
      }
      lowest = Math.min(lowest, balance);
      assertThat(held.amount())
          .as("account " + account + "\n" + result)
          .isLessThanOrEqualTo(lowest);
    }
  }

  // POISON taints a superset of the transactions any other rule traces, in both directions.
  @Property(tries = 300)
  void poisonTaintsASupersetOfEveryOtherRule(@ForAll("scenarios") RandomLedgers.Scenario scenario) {
    TemporalGraph graph = scenario.graph();
    TraceSeed forwardSeed = scenario.seed(graph, true);
    List<Integer> poisoned =
        edges(
            graph,
            new ForwardTrace(graph).trace(forwardSeed, scenario.options(AttributionRule.POISON)));
    for (AttributionRule rule : CONSERVING) {
      assertThat(poisoned)
          .as(rule.name())
          .containsAll(
              edges(graph, new ForwardTrace(graph).trace(forwardSeed, scenario.options(rule))));
    }
    TraceSeed backwardSeed = scenario.seed(graph, false);
    List<Integer> poisonSources =
        edges(
            graph,
            new BackwardTrace(graph).trace(backwardSeed, scenario.options(AttributionRule.POISON)));
    for (AttributionRule rule :
        List.of(AttributionRule.FIFO, AttributionRule.LIFO, AttributionRule.PRO_RATA)) {
      assertThat(poisonSources)
          .as("backward " + rule)
          .containsAll(
              edges(graph, new BackwardTrace(graph).trace(backwardSeed, scenario.options(rule))));
    }
  }

  private static List<Integer> edges(TemporalGraph graph, TraceResult result) {
    int[] ids = result.flows().stream().mapToInt(EdgeFlow::transactionId).toArray();
    return ids.length == 0
        ? List.of()
        : java.util.Arrays.stream(graph.edgesOf(ids)).boxed().toList();
  }

  private static boolean isSeedEdge(TemporalGraph graph, TraceSeed seed, int edge) {
    return seed instanceof TraceSeed.OfTransactions of
        && java.util.Arrays.stream(of.transactionIds())
            .anyMatch(id -> id == graph.transactionId(edge));
  }
}
