package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardTraceTest {

  static final int EUR = 978, USD = 840;
  static final int CRIME = 0, S = 1, M1 = 2, M2 = 3, M3 = 4, E = 5, CLEAN = 6;

  /** CRIME→S 1000 (proceeds), S→M1 1000, M1→M2 600, M1→M3 400, M2→E 600. */
  final TemporalGraph.Builder chain = TemporalGraph.builder();

  final int proceeds = chain.add(CRIME, S, 1000, EUR, 10);
  final int sToM1 = chain.add(S, M1, 1000, EUR, 20);
  final int m1ToM2 = chain.add(M1, M2, 600, EUR, 30);
  final int m1ToM3 = chain.add(M1, M3, 400, EUR, 40);
  final int m2ToE = chain.add(M2, E, 600, EUR, 50);
  final TemporalGraph chainGraph = chain.build();

  TraceResult traceChain(TraceOptions options) {
    TraceResult result =
        new ForwardTrace(chainGraph).trace(TraceSeed.transactions(proceeds), options);
    assertThat(result.reconciliation().orElseThrow().balances()).as(result.toString()).isTrue();
    return result;
  }

  @Test
  void followsProceedsOverSeveralHopsToWhereTheySit() {
    TraceResult result = traceChain(TraceOptions.of(AttributionRule.FIFO, EUR));
    assertThat(result.flowOf(sToM1)).isEqualTo(1000);
    assertThat(result.flowOf(m2ToE)).isEqualTo(600);
    assertThat(result.endPoints())
        .containsExactly(
            new EndPoint(E, EndReason.HELD, 600), new EndPoint(M3, EndReason.HELD, 400));
    TracePath widest = result.topPaths().getFirst();
    assertThat(widest.amount()).isEqualTo(600);
    assertThat(widest.accounts()).containsExactly(CRIME, S, M1, M2, E);
    assertThat(widest.transactionIds()).containsExactly(proceeds, sToM1, m1ToM2, m2ToE);
  }

  @Test
  void hopLimitStopsMoneyWhereItHasMadeThatManyTransfers() {
    TraceResult result = traceChain(TraceOptions.of(AttributionRule.FIFO, EUR).withHopLimit(2));
    assertThat(result.amountAt(M2, EndReason.HOP_LIMIT)).isEqualTo(600);
    assertThat(result.amountAt(M3, EndReason.HOP_LIMIT)).isEqualTo(400);
    assertThat(result.flowOf(m2ToE)).isZero();
    assertThat(result.reconciliation().orElseThrow().stoppedAtHopLimit()).isEqualTo(1000);
  }

  @Test
  void hopLimitZeroKeepsTheSeedWhereItIs() {
    TraceResult result = traceChain(TraceOptions.of(AttributionRule.FIFO, EUR).withHopLimit(0));
    assertThat(result.amountAt(S, EndReason.HOP_LIMIT)).isEqualTo(1000);
    assertThat(result.flowOf(sToM1)).isZero();
  }

  @Test
  void amountsBelowTheThresholdAreNotFollowed() {
    TraceResult result = traceChain(TraceOptions.of(AttributionRule.FIFO, EUR).withMinAmount(500));
    assertThat(result.flowOf(m1ToM3)).isZero();
    assertThat(result.amountAt(M3, EndReason.BELOW_THRESHOLD)).isEqualTo(400);
    assertThat(result.heldAt(E)).isEqualTo(600);
  }

  @Test
  void tracingStopsAtStopListedAccounts() {
    TraceResult result = traceChain(TraceOptions.of(AttributionRule.FIFO, EUR).withStopList(M2));
    assertThat(result.flowOf(m1ToM2)).isEqualTo(600);
    assertThat(result.amountAt(M2, EndReason.STOP_LIST)).isEqualTo(600);
    assertThat(result.flowOf(m2ToE)).isZero();
    assertThat(result.reconciliation().orElseThrow().stoppedAtStopList()).isEqualTo(600);
  }

  @Test
  void aCycleCarriesMoneyAroundUntilTimeRunsOut() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int seed = builder.add(CRIME, S, 500, EUR, 1);
    for (int t = 2; t < 40; t += 2) {
      builder.add(S, M1, 500, EUR, t);
      builder.add(M1, S, 500, EUR, t + 1);
    }
    int last = builder.add(S, M1, 500, EUR, 40);
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(
                TraceSeed.transactions(seed),
                TraceOptions.of(AttributionRule.PRO_RATA, EUR).withHopLimit(1000));
    assertThat(result.heldAt(M1)).isEqualTo(500);
    assertThat(result.flowOf(last)).isEqualTo(500);
    assertThat(result.reconciliation().orElseThrow().balances()).isTrue();
  }

  @Test
  void aCycleEndsAtTheHopLimit() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int seed = builder.add(CRIME, S, 500, EUR, 1);
    for (int t = 2; t < 40; t += 2) {
      builder.add(S, M1, 500, EUR, t);
      builder.add(M1, S, 500, EUR, t + 1);
    }
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(
                TraceSeed.transactions(seed),
                TraceOptions.of(AttributionRule.FIFO, EUR).withHopLimit(5));
    assertThat(result.amountAt(M1, EndReason.HOP_LIMIT)).isEqualTo(500);
    assertThat(result.flows()).hasSize(6);
  }

  @Test
  void seedLargerThanTheBalanceIsUnexplainedNotInvented() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(CLEAN, S, 300, EUR, 1);
    int out = builder.add(S, E, 250, EUR, 5);
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(TraceSeed.inAccount(S, 500, 2, 10), TraceOptions.of(AttributionRule.FIFO, EUR));
    assertThat(result.unexplained()).containsExactly(new EndPoint(S, EndReason.UNEXPLAINED, 200));
    assertThat(result.flowOf(out)).isEqualTo(250);
    assertThat(result.heldAt(S)).isEqualTo(50);
    assertThat(result.reconciliation().orElseThrow())
        .isEqualTo(new Reconciliation(500, 300, 0, 0, 0, 200));
  }

  @Test
  void anOverdraftCarriesOnlyWhatTheAccountHad() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int seed = builder.add(CRIME, S, 100, EUR, 1);
    int out = builder.add(S, E, 400, EUR, 2);
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(TraceSeed.transactions(seed), TraceOptions.of(AttributionRule.PRO_RATA, EUR));
    assertThat(result.flowOf(out)).isEqualTo(100);
    assertThat(result.heldAt(E)).isEqualTo(100);
  }

  @Test
  void currenciesAreKeptApartUnlessAConversionIsGiven() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int seed = builder.add(CRIME, S, 1000, EUR, 1);
    builder.add(CLEAN, S, 5000, USD, 2);
    int usdOut = builder.add(S, E, 2000, USD, 3);
    int eurOut = builder.add(S, M1, 400, EUR, 4);
    TemporalGraph graph = builder.build();

    TraceResult apart =
        new ForwardTrace(graph)
            .trace(TraceSeed.transactions(seed), TraceOptions.of(AttributionRule.FIFO, EUR));
    assertThat(apart.flowOf(usdOut)).isZero();
    assertThat(apart.flowOf(eurOut)).isEqualTo(400);
    assertThat(apart.heldAt(S)).isEqualTo(600);

    // 1 USD = 0.5 EUR: S holds 1000 EUR of proceeds then 2500 EUR-worth clean; FIFO sends the
    // proceeds first.
    CurrencyConversion halfRate =
        (amount, from, to, time) ->
            from == USD && to == EUR ? amount / 2 : CurrencyConversion.NO_RATE;
    TraceResult converted =
        new ForwardTrace(graph)
            .trace(
                TraceSeed.transactions(seed),
                TraceOptions.of(AttributionRule.FIFO, EUR).withConversion(halfRate));
    assertThat(converted.flowOf(usdOut)).isEqualTo(1000);
    assertThat(converted.flowOf(eurOut)).isZero();
    assertThat(converted.heldAt(E)).isEqualTo(1000);
  }

  @Test
  void anOutflowBeforeTheProceedsArriveCarriesNothing() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(CLEAN, S, 1000, EUR, 1);
    int early = builder.add(S, M1, 800, EUR, 5);
    int seed = builder.add(CRIME, S, 500, EUR, 6);
    int late = builder.add(S, M2, 600, EUR, 7);
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(TraceSeed.transactions(seed), TraceOptions.of(AttributionRule.LIFO, EUR));
    assertThat(result.flowOf(early)).isZero();
    assertThat(result.flowOf(late)).isEqualTo(500);
  }

  @Test
  void sameSecondTransactionsFollowTheirSequenceNumbers() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int out = builder.add(S, M1, 500, EUR, 5, 2);
    int seed = builder.add(CRIME, S, 500, EUR, 5, 1);
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(TraceSeed.transactions(seed), TraceOptions.of(AttributionRule.FIFO, EUR));
    assertThat(result.flowOf(out)).isEqualTo(500);
  }

  @Test
  void theWindowEndLeavesLaterMoneyHeld() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(CLEAN, S, 1000, EUR, 1);
    int inWindow = builder.add(S, M1, 300, EUR, 5);
    int after = builder.add(M1, M2, 300, EUR, 20);
    TraceResult result =
        new ForwardTrace(builder.build())
            .trace(TraceSeed.inAccount(S, 1000, 2, 10), TraceOptions.of(AttributionRule.FIFO, EUR));
    assertThat(result.flowOf(inWindow)).isEqualTo(300);
    assertThat(result.flowOf(after)).isZero();
    assertThat(result.heldAt(M1)).isEqualTo(300);
    assertThat(result.heldAt(S)).isEqualTo(700);
  }

  @Test
  void poisonTaintsEverythingDownstreamOnce() {
    TraceResult result =
        new ForwardTrace(chainGraph)
            .trace(TraceSeed.transactions(proceeds), TraceOptions.of(AttributionRule.POISON, EUR));
    assertThat(result.flowOf(m1ToM3)).isEqualTo(400);
    assertThat(result.heldAt(E)).isEqualTo(600);
    assertThat(result.reconciliation()).isEmpty();
  }
}
