package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §3, the reference example, in cents. Account A, no opening balance: t1 +100 clean, t2
 * +50 proceeds, t3 -120 to B, t4 +40 clean, t5 -60 to C. Expected proceeds A→B / A→C / left in A.
 */
class DesignTableTest {

  static final int EUR = 978;
  static final int A = 0, B = 1, C = 2, CLEAN = 3, CRIME = 4;

  final TemporalGraph.Builder builder = TemporalGraph.builder();
  final int t1 = builder.add(CLEAN, A, 100_00, EUR, 1);
  final int t2 = builder.add(CRIME, A, 50_00, EUR, 2);
  final int t3 = builder.add(A, B, 120_00, EUR, 3);
  final int t4 = builder.add(CLEAN, A, 40_00, EUR, 4);
  final int t5 = builder.add(A, C, 60_00, EUR, 5);
  final TemporalGraph graph = builder.build();

  TraceResult traceProceeds(AttributionRule rule) {
    return new ForwardTrace(graph).trace(TraceSeed.transactions(t2), TraceOptions.of(rule, EUR));
  }

  void assertProceeds(TraceResult result, long toB, long toC, long leftInA) {
    assertThat(result.flowOf(t3)).as("A→B").isEqualTo(toB);
    assertThat(result.flowOf(t5)).as("A→C").isEqualTo(toC);
    assertThat(result.heldAt(A)).as("left in A").isEqualTo(leftInA);
    assertThat(result.flowOf(t1)).isZero();
    assertThat(result.flowOf(t4)).isZero();
  }

  void assertConserved(TraceResult result) {
    Reconciliation reconciliation = result.reconciliation().orElseThrow();
    assertThat(reconciliation.seed()).isEqualTo(50_00);
    assertThat(reconciliation.heldAtEndPoints()).isEqualTo(50_00);
    assertThat(reconciliation.balances()).isTrue();
  }

  @Test
  void fifoOldestMoneyLeavesFirst() {
    TraceResult result = traceProceeds(AttributionRule.FIFO);
    assertProceeds(result, 20_00, 30_00, 0);
    assertThat(result.heldAt(B)).isEqualTo(20_00);
    assertThat(result.heldAt(C)).isEqualTo(30_00);
    assertConserved(result);
  }

  @Test
  void lifoNewestMoneyLeavesFirst() {
    TraceResult result = traceProceeds(AttributionRule.LIFO);
    assertProceeds(result, 50_00, 0, 0);
    assertConserved(result);
  }

  @Test
  void proRataEachOutflowCarriesTheCurrentShare() {
    // 10.00 of proceeds in 70.00 when 60.00 leave: 857.14 cents, rounded half up to 857; 143 stay
    // in A.
    TraceResult result = traceProceeds(AttributionRule.PRO_RATA);
    assertProceeds(result, 40_00, 8_57, 1_43);
    assertConserved(result);
  }

  @Test
  void librSpendsOwnMoneyFirstAndNeverRefills() {
    TraceResult result = traceProceeds(AttributionRule.LIBR);
    assertProceeds(result, 20_00, 20_00, 10_00);
    assertConserved(result);
  }

  @Test
  void poisonTaintsWholeOutputsAndEverythingLeft() {
    TraceResult result = traceProceeds(AttributionRule.POISON);
    assertProceeds(result, 120_00, 60_00, 10_00);
    assertThat(result.reconciliation()).as("volumes are not reconciled").isEmpty();
  }
}
