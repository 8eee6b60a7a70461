package org.sequestra.trace.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.engine.TemporalGraph;

class StructuringDetectionTest {

  static final long T0 = 1_700_000_000L;
  static final long DAY = 86_400;
  static final int EUR = 978;
  static final int ACCOUNT = 0;

  static List<Finding> structuring(TemporalGraph graph, PatternOptions options) {
    return new PatternDetector(graph).detect(options, Set.of(Pattern.STRUCTURING)).findings();
  }

  @Test
  void depositsJustUnderTheThresholdWithinAWeekAreStructuring() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int first = builder.add(1, ACCOUNT, 9_500_00, EUR, T0);
    builder.add(2, ACCOUNT, 12_000_00, EUR, T0 + DAY); // above the threshold
    builder.add(3, ACCOUNT, 2_000_00, EUR, T0 + DAY); // far below
    int second = builder.add(1, ACCOUNT, 9_999_99, EUR, T0 + 2 * DAY);
    int third = builder.add(4, ACCOUNT, 9_000_00, EUR, T0 + 5 * DAY);
    List<Finding> found = structuring(builder.build(), PatternOptions.DEFAULTS);

    assertThat(found)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.account()).isEqualTo(ACCOUNT);
              assertThat(finding.amount()).isEqualTo(9_500_00 + 9_999_99 + 9_000_00);
              assertThat(finding.transactions())
                  .extracting(EvidenceTransaction::transactionId)
                  .containsExactly(first, second, third);
            });
  }

  @Test
  void theThresholdItselfAndAmountsBelowTheMarginAreNotJustUnder() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(1, ACCOUNT, 10_000_00, EUR, T0);
    builder.add(2, ACCOUNT, 8_999_99, EUR, T0 + 1);
    builder.add(3, ACCOUNT, 9_500_00, EUR, T0 + 2);
    builder.add(4, ACCOUNT, 9_600_00, EUR, T0 + 3);
    assertThat(structuring(builder.build(), PatternOptions.DEFAULTS)).isEmpty();
    // A wider margin takes the 8 999.99 in; a lower threshold makes other deposits "just under".
    assertThat(
            structuring(
                builder.build(),
                PatternOptions.DEFAULTS.withStructuring(10_000_00, 20, 3, Duration.ofDays(7))))
        .hasSize(1);
    assertThat(
            structuring(
                builder.build(),
                PatternOptions.DEFAULTS.withStructuring(9_700_00, 5, 2, Duration.ofDays(7))))
        .singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualTo(9_500_00 + 9_600_00));
  }

  @Test
  void depositsSpreadOverMoreThanTheWindowAreNotStructuring() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(1, ACCOUNT, 9_500_00, EUR, T0);
    builder.add(1, ACCOUNT, 9_500_00, EUR, T0 + 4 * DAY);
    builder.add(1, ACCOUNT, 9_500_00, EUR, T0 + 8 * DAY);
    builder.add(ACCOUNT, 1, 9_500_00, EUR, T0 + 5 * DAY); // outgoing: not a deposit
    assertThat(structuring(builder.build(), PatternOptions.DEFAULTS)).isEmpty();
  }
}
