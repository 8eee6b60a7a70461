package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackwardTraceTest {

  static final int EUR = 978;
  static final int OPENING = 0, V1 = 1, V2 = 2, M = 3, S = 4, SHOP = 5, EXCHANGE = 6;

  /** V1 had 700 before the window; V1→M 700, V2→M 300, M→S 1000, S bought something for 800. */
  final TemporalGraph.Builder builder = TemporalGraph.builder();

  final int opening = builder.add(OPENING, V1, 700, EUR, 1);
  final int v1ToM = builder.add(V1, M, 700, EUR, 10);
  final int v2ToM = builder.add(V2, M, 300, EUR, 11);
  final int mToS = builder.add(M, S, 1000, EUR, 12);
  final int purchase = builder.add(S, SHOP, 800, EUR, 13);
  final TemporalGraph graph = builder.build();

  TraceResult trace(TraceOptions options) {
    TraceResult result =
        new BackwardTrace(graph).trace(TraceSeed.transactionsWithin(5, 100, purchase), options);
    assertThat(result.reconciliation().orElseThrow().balances()).as(result.toString()).isTrue();
    return result;
  }

  @Test
  void splitsMoneyIntoTheInflowsThatFundedItHopByHop() {
    TraceResult result = trace(TraceOptions.of(AttributionRule.FIFO, EUR));
    assertThat(result.flowOf(purchase)).isEqualTo(800);
    assertThat(result.flowOf(mToS)).isEqualTo(800);
    // M's outflow of 1000 took 700 from V1 and 300 from V2; 800 of it is wanted: 560 and 240.
    assertThat(result.flowOf(v1ToM)).isEqualTo(560);
    assertThat(result.flowOf(v2ToM)).isEqualTo(240);
    // V1's money was there before the window; V2 spent money it never received.
    assertThat(result.heldAt(V1)).isEqualTo(560);
    assertThat(result.unexplained()).containsExactly(new EndPoint(V2, EndReason.UNEXPLAINED, 240));
    assertThat(result.flowOf(opening)).isZero();
    assertThat(result.topPaths().getFirst().accounts()).containsExactly(V1, M, S, SHOP);
  }

  @Test
  void accountSeedSplitsTheBalanceAtTheEndOfTheWindow() {
    TraceResult result =
        new BackwardTrace(graph)
            .trace(TraceSeed.inAccount(S, 200, 5, 100), TraceOptions.of(AttributionRule.LIFO, EUR));
    assertThat(result.flowOf(mToS)).isEqualTo(200);
    assertThat(result.flowOf(v2ToM)).isEqualTo(60);
    assertThat(result.flowOf(v1ToM)).isEqualTo(140);
    assertThat(result.reconciliation().orElseThrow().balances()).isTrue();
  }

  @Test
  void anOverdraftIsReportedAsUnexplained() {
    TemporalGraph.Builder overdrawn = TemporalGraph.builder();
    overdrawn.add(V1, S, 500, EUR, 1);
    int spend = overdrawn.add(S, SHOP, 800, EUR, 2);
    TraceResult result =
        new BackwardTrace(overdrawn.build())
            .trace(
                TraceSeed.transactionsWithin(0, 10, spend),
                TraceOptions.of(AttributionRule.PRO_RATA, EUR).withHopLimit(1));
    assertThat(result.amountAt(S, EndReason.UNEXPLAINED)).isEqualTo(300);
    assertThat(result.amountAt(V1, EndReason.HOP_LIMIT)).isEqualTo(500);
    assertThat(result.reconciliation().orElseThrow().balances()).isTrue();
  }

  @Test
  void hopLimitThresholdAndStopListEndTheWalkBack() {
    assertThat(
            trace(TraceOptions.of(AttributionRule.FIFO, EUR).withHopLimit(1))
                .amountAt(M, EndReason.HOP_LIMIT))
        .isEqualTo(800);
    TraceResult small = trace(TraceOptions.of(AttributionRule.FIFO, EUR).withMinAmount(300));
    assertThat(small.amountAt(V2, EndReason.BELOW_THRESHOLD)).isEqualTo(240);
    assertThat(small.flowOf(v2ToM)).isZero();
    TraceResult stopped = trace(TraceOptions.of(AttributionRule.FIFO, EUR).withStopList(M));
    assertThat(stopped.amountAt(M, EndReason.STOP_LIST)).isEqualTo(800);
    assertThat(stopped.flowOf(v1ToM)).isZero();
  }

  @Test
  void designExampleBackwardAgreesWithForward() {
    DesignTableTest design = new DesignTableTest();
    TraceSeed paymentToC = TraceSeed.transactions(design.t5);
    TraceOptions fifo = TraceOptions.of(AttributionRule.FIFO, DesignTableTest.EUR);
    BackwardTrace backward = new BackwardTrace(design.graph);
    assertThat(backward.trace(paymentToC, fifo).flowOf(design.t2)).isEqualTo(30_00);
    assertThat(backward.trace(paymentToC, fifo.withRule(AttributionRule.LIFO)).flowOf(design.t2))
        .isZero();
    assertThat(
            backward.trace(paymentToC, fifo.withRule(AttributionRule.PRO_RATA)).flowOf(design.t2))
        .isEqualTo(8_57);
    TraceResult poison = backward.trace(paymentToC, fifo.withRule(AttributionRule.POISON));
    assertThat(poison.flowOf(design.t1)).isEqualTo(100_00);
    assertThat(poison.flowOf(design.t2)).isEqualTo(50_00);
    assertThat(poison.flowOf(design.t4)).isEqualTo(40_00);
    assertThat(poison.reconciliation()).isEmpty();
  }

  @Test
  void aCycleIsUnwoundUntilItsStart() {
    TemporalGraph.Builder cycle = TemporalGraph.builder();
    int origin = cycle.add(EXCHANGE, S, 500, EUR, 1);
    for (int t = 2; t < 30; t += 2) {
      cycle.add(S, M, 500, EUR, t);
      cycle.add(M, S, 500, EUR, t + 1);
    }
    int spend = cycle.add(S, SHOP, 500, EUR, 40);
    TraceResult result =
        new BackwardTrace(cycle.build())
            .trace(
                TraceSeed.transactions(spend),
                TraceOptions.of(AttributionRule.FIFO, EUR)
                    .withHopLimit(100)
                    .withStopList(EXCHANGE));
    assertThat(result.flowOf(origin)).isEqualTo(500);
    assertThat(result.amountAt(EXCHANGE, EndReason.STOP_LIST)).isEqualTo(500);
    assertThat(result.reconciliation().orElseThrow().balances()).isTrue();
  }

  @Test
  void librHasNoBackwardMeaning() {
    assertThatThrownBy(() -> trace(TraceOptions.of(AttributionRule.LIBR, EUR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forward");
  }
}
