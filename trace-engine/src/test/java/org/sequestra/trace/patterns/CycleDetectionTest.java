package org.sequestra.trace.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.engine.TemporalGraph;

class CycleDetectionTest {

  static final long T0 = 1_700_000_000L;
  static final long DAY = 86_400;
  static final int EUR = 978, USD = 840;
  static final int A = 0, B = 1, C = 2, D = 3;

  static List<Finding> cycles(TemporalGraph graph, PatternOptions options) {
    return new PatternDetector(graph).detect(options, Set.of(Pattern.CYCLE)).findings();
  }

  @Test
  void moneyReturningThroughATimeRespectingChainIsACycleWithItsLegsAsEvidence() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int out = builder.add(A, B, 100_000_00, EUR, T0);
    int middle = builder.add(B, C, 98_000_00, EUR, T0 + DAY);
    int back = builder.add(C, A, 95_000_00, EUR, T0 + 3 * DAY);
    builder.add(C, D, 5_000_00, EUR, T0 + 2 * DAY); // unrelated
    List<Finding> found = cycles(builder.build(), PatternOptions.DEFAULTS);

    assertThat(found)
        .singleElement()
        .satisfies(
            cycle -> {
              assertThat(cycle.pattern()).isEqualTo(Pattern.CYCLE);
              assertThat(cycle.account()).isEqualTo(A);
              assertThat(cycle.amount()).isEqualTo(95_000_00);
              assertThat(cycle.currency()).isEqualTo(EUR);
              assertThat(cycle.from()).isEqualTo(T0);
              assertThat(cycle.until()).isEqualTo(T0 + 3 * DAY);
              assertThat(cycle.transactions())
                  .extracting(EvidenceTransaction::transactionId)
                  .containsExactly(out, middle, back);
              assertThat(cycle.transactions().get(1))
                  .isEqualTo(new EvidenceTransaction(middle, B, C, 98_000_00, EUR, T0 + DAY));
              assertThat(cycle.accounts()).containsExactly(A, B, C);
            });
  }

  @Test
  void aRingWhoseLegsRunBackwardsInTimeIsNoCycle() {
    // Each leg happens before the previous one: no rotation of A -> B -> C -> A respects time.
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(A, B, 100_000_00, EUR, T0 + 2 * DAY);
    builder.add(B, C, 100_000_00, EUR, T0 + DAY);
    builder.add(C, A, 100_000_00, EUR, T0);
    assertThat(cycles(builder.build(), PatternOptions.DEFAULTS)).isEmpty();
  }

  @Test
  void aRotationThatRespectsTimeIsFoundFromItsEarliestLeg() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(A, B, 100_000_00, EUR, T0 + 2 * DAY);
    builder.add(B, C, 100_000_00, EUR, T0);
    builder.add(C, A, 100_000_00, EUR, T0 + DAY); // B -> C -> A -> B respects time
    assertThat(cycles(builder.build(), PatternOptions.DEFAULTS))
        .singleElement()
        .satisfies(cycle -> assertThat(cycle.account()).isEqualTo(B));
  }

  @Test
  void tooLittleComingBackTooLateOrTooLongIsNoCycle() {
    PatternOptions options = PatternOptions.DEFAULTS.withCycles(3, Duration.ofDays(10), 90);
    TemporalGraph.Builder thinned = TemporalGraph.builder();
    thinned.add(A, B, 100_000_00, EUR, T0);
    thinned.add(B, A, 89_999_99, EUR, T0 + DAY);
    assertThat(cycles(thinned.build(), options)).isEmpty();

    TemporalGraph.Builder late = TemporalGraph.builder();
    late.add(A, B, 100_000_00, EUR, T0);
    late.add(B, A, 100_000_00, EUR, T0 + 10 * DAY + 1);
    assertThat(cycles(late.build(), options)).isEmpty();

    TemporalGraph.Builder fourHops = TemporalGraph.builder();
    fourHops.add(A, B, 100_000_00, EUR, T0);
    fourHops.add(B, C, 100_000_00, EUR, T0 + 1);
    fourHops.add(C, D, 100_000_00, EUR, T0 + 2);
    fourHops.add(D, A, 100_000_00, EUR, T0 + 3);
    assertThat(cycles(fourHops.build(), options)).isEmpty();
    assertThat(cycles(fourHops.build(), options.withCycles(4, Duration.ofDays(10), 90))).hasSize(1);
  }

  @Test
  void exactlyTheRetainedShareAndTheWindowEdgeStillCount() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(A, B, 100_000_00, EUR, T0);
    builder.add(B, A, 90_000_00, EUR, T0 + 10 * DAY);
    assertThat(
            cycles(builder.build(), PatternOptions.DEFAULTS.withCycles(2, Duration.ofDays(10), 90)))
        .hasSize(1);
  }

  @Test
  void moreMoneyThanLeftOrAnotherCurrencyIsNotTheSameMoneyComingBack() {
    TemporalGraph.Builder grown = TemporalGraph.builder();
    grown.add(A, B, 100_000_00, EUR, T0);
    grown.add(B, A, 100_000_01, EUR, T0 + DAY);
    assertThat(cycles(grown.build(), PatternOptions.DEFAULTS)).isEmpty();

    TemporalGraph.Builder converted = TemporalGraph.builder();
    converted.add(A, B, 100_000_00, EUR, T0);
    converted.add(B, A, 100_000_00, USD, T0 + DAY);
    assertThat(cycles(converted.build(), PatternOptions.DEFAULTS)).isEmpty();
  }

  @Test
  void anAccountIsVisitedOncePerCycle() {
    // A -> B -> C -> B -> A is the 2-cycle A-B with a detour, not a cycle of its own.
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(A, B, 100_000_00, EUR, T0);
    builder.add(B, C, 100_000_00, EUR, T0 + 1);
    builder.add(C, B, 100_000_00, EUR, T0 + 2);
    builder.add(B, A, 100_000_00, EUR, T0 + 3);
    assertThat(cycles(builder.build(), PatternOptions.DEFAULTS))
        .extracting(f -> List.of(f.account(), f.transactions().size()))
        .containsExactly(List.of(A, 2), List.of(B, 2));
  }

  @Test
  void splitTransfersAndRotationsOfOneRoundTripAreOneFindingButALaterRoundTripIsAnother() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    for (long round : new long[] {0, 30 * DAY}) {
      builder.add(A, B, 5_000_00, EUR, T0 + round);
      builder.add(A, B, 5_000_00, EUR, T0 + round);
      builder.add(B, C, 5_000_00, EUR, T0 + round + DAY);
      builder.add(B, C, 5_000_00, EUR, T0 + round + DAY);
      builder.add(C, A, 5_000_00, EUR, T0 + round + 2 * DAY);
      builder.add(C, A, 5_000_00, EUR, T0 + round + 2 * DAY);
    }
    List<Finding> found = cycles(builder.build(), PatternOptions.DEFAULTS);
    assertThat(found).extracting(Finding::from).containsExactly(T0, T0 + 30 * DAY);
  }

  @Test
  void aBusyOriginStillFindsCyclesAtBothEdgesOfTheAmountBand() {
    // 400 unrelated payments into A, above and below the band, so its incoming side is searched by
    // amount.
    TemporalGraph.Builder builder = TemporalGraph.builder();
    for (int payer = 10; payer < 410; payer++) {
      builder.add(payer, A, payer % 2 == 0 ? 1_00 : 500_000_00, EUR, T0 + 4 * DAY + payer);
    }
    builder.add(A, B, 100_000_00, EUR, T0);
    builder.add(B, A, 100_000_00, EUR, T0 + DAY); // the whole amount back: top of the band
    builder.add(A, C, 100_000_00, EUR, T0 + 2 * DAY);
    builder.add(
        C, A, 90_000_00, EUR, T0 + 3 * DAY); // exactly the retained share: bottom of the band
    builder.add(C, A, 89_999_99, EUR, T0 + 3 * DAY); // just below it
    // Two hops: the last leg is the only leg back, so the marking of possible last legs decides.
    assertThat(
            cycles(builder.build(), PatternOptions.DEFAULTS.withCycles(2, Duration.ofDays(90), 90)))
        .extracting(f -> f.accounts()[1], Finding::amount)
        .containsExactly(tuple(B, 100_000_00L), tuple(C, 90_000_00L));
  }

  @Test
  void theSearchBudgetBoundsWorkAndIsReportedAsTruncation() {
    // A complete graph on 12 accounts, everything at one second: many paths, one budgeted search
    // each.
    TemporalGraph.Builder builder = TemporalGraph.builder();
    for (int from = 0; from < 12; from++) {
      for (int to = 0; to < 12; to++) {
        if (from != to) {
          builder.add(from, to, 1_000_00, EUR, T0);
        }
      }
    }
    TemporalGraph graph = builder.build();
    PatternReport tight =
        new PatternDetector(graph)
            .detect(PatternOptions.DEFAULTS.withCycleSearchBudget(50), Set.of(Pattern.CYCLE));
    assertThat(tight.truncated(Pattern.CYCLE)).isTrue();
    assertThat(tight.findings()).isNotEmpty();

    PatternReport capped =
        new PatternDetector(graph)
            .detect(PatternOptions.DEFAULTS.withMaxFindingsPerPattern(7), Set.of(Pattern.CYCLE));
    assertThat(capped.findings()).hasSize(7);
    assertThat(capped.truncated()).containsExactly(Pattern.CYCLE);
  }
}
