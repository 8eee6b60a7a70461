package org.sequestra.trace.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.engine.TemporalGraph;

class PassThroughDetectionTest {

  static final long T0 = 1_700_000_000L;
  static final long HOUR = 3_600;
  static final int EUR = 978, USD = 840;
  static final int MULE = 0, SOURCE = 1, ONWARD = 2, OTHER = 3;

  static List<Finding> passThrough(TemporalGraph graph, PatternOptions options) {
    return new PatternDetector(graph).detect(options, Set.of(Pattern.PASS_THROUGH)).findings();
  }

  @Test
  void moneyLeavingNearlyWholeWithinHoursPassesThrough() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int in = builder.add(SOURCE, MULE, 10_000_00, EUR, T0);
    int first = builder.add(MULE, ONWARD, 6_000_00, EUR, T0 + 2 * HOUR);
    int second = builder.add(MULE, OTHER, 3_200_00, EUR, T0 + 30 * HOUR);
    List<Finding> found = passThrough(builder.build(), PatternOptions.DEFAULTS);

    assertThat(found)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.account()).isEqualTo(MULE);
              assertThat(finding.amount()).isEqualTo(9_200_00);
              assertThat(finding.from()).isEqualTo(T0);
              assertThat(finding.until()).isEqualTo(T0 + 30 * HOUR);
              assertThat(finding.transactions())
                  .extracting(EvidenceTransaction::transactionId)
                  .containsExactly(in, first, second);
            });
  }

  @Test
  void keepingTooMuchOrLeavingTooLateIsNoPassThrough() {
    TemporalGraph.Builder kept = TemporalGraph.builder();
    kept.add(SOURCE, MULE, 10_000_00, EUR, T0);
    kept.add(MULE, ONWARD, 8_999_99, EUR, T0 + HOUR);
    assertThat(passThrough(kept.build(), PatternOptions.DEFAULTS)).isEmpty();
    assertThat(
            passThrough(
                kept.build(), PatternOptions.DEFAULTS.withPassThrough(Duration.ofHours(48), 89, 0)))
        .hasSize(1);

    TemporalGraph.Builder late = TemporalGraph.builder();
    late.add(SOURCE, MULE, 10_000_00, EUR, T0);
    late.add(MULE, ONWARD, 10_000_00, EUR, T0 + 48 * HOUR + 1);
    assertThat(passThrough(late.build(), PatternOptions.DEFAULTS)).isEmpty();
    assertThat(
            passThrough(
                late.build(), PatternOptions.DEFAULTS.withPassThrough(Duration.ofHours(72), 90, 0)))
        .hasSize(1);
  }

  @Test
  void moneyLeavesOnlyAfterItArrivedAndInItsOwnCurrency() {
    TemporalGraph.Builder before = TemporalGraph.builder();
    before.add(MULE, ONWARD, 10_000_00, EUR, T0);
    before.add(SOURCE, MULE, 10_000_00, EUR, T0); // same second, but booked after the payment out
    assertThat(passThrough(before.build(), PatternOptions.DEFAULTS)).isEmpty();

    TemporalGraph.Builder converted = TemporalGraph.builder();
    converted.add(SOURCE, MULE, 10_000_00, EUR, T0);
    converted.add(MULE, ONWARD, 10_000_00, USD, T0 + HOUR);
    assertThat(passThrough(converted.build(), PatternOptions.DEFAULTS)).isEmpty();
  }

  @Test
  void outgoingMoneyIsMatchedToTheOldestIncomingFirstAndNeverTwice() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int a = builder.add(SOURCE, MULE, 4_000_00, EUR, T0);
    int b = builder.add(OTHER, MULE, 6_000_00, EUR, T0 + HOUR);
    int out = builder.add(MULE, ONWARD, 9_700_00, EUR, T0 + 2 * HOUR);
    builder.add(MULE, ONWARD, 100_00, EUR, T0 + 3 * HOUR);
    List<Finding> found = passThrough(builder.build(), PatternOptions.DEFAULTS);
    // 4 000 of the 9 700 carry the first deposit on whole, the other 5 700 carry 95 % of the
    // second.
    assertThat(found)
        .extracting(f -> f.transactions().stream().map(EvidenceTransaction::transactionId).toList())
        .containsExactly(List.of(a, out), List.of(b, out));
    assertThat(found).extracting(Finding::amount).containsExactly(4_000_00L, 5_700_00L);
  }

  @Test
  void aPaymentMostlyFromOlderMoneyCarriesNoRecentDepositThrough() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(SOURCE, MULE, 50_000_00, EUR, T0 - 30 * 24 * HOUR); // savings, long before
    int deposit = builder.add(OTHER, MULE, 1_000_00, EUR, T0);
    builder.add(MULE, ONWARD, 20_000_00, EUR, T0 + HOUR); // a car, paid from the savings
    int onward = builder.add(MULE, OTHER, 950_00, EUR, T0 + 2 * HOUR);
    assertThat(passThrough(builder.build(), PatternOptions.DEFAULTS))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.transactions())
                    .extracting(EvidenceTransaction::transactionId)
                    .containsExactly(deposit, onward));
  }

  @Test
  void smallIncomingTransactionsAreIgnoredBelowTheMinimum() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(SOURCE, MULE, 50_00, EUR, T0);
    builder.add(MULE, ONWARD, 50_00, EUR, T0 + HOUR);
    assertThat(passThrough(builder.build(), PatternOptions.DEFAULTS)).hasSize(1);
    assertThat(
            passThrough(
                builder.build(),
                PatternOptions.DEFAULTS.withPassThrough(Duration.ofHours(48), 90, 100_00)))
        .isEmpty();
  }
}
