package org.sequestra.trace.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.engine.TemporalGraph;

class FanDetectionTest {

  static final long T0 = 1_700_000_000L;
  static final long DAY = 86_400;
  static final int EUR = 978, USD = 840;
  static final int HUB = 0;

  static List<Finding> find(TemporalGraph graph, Pattern pattern, PatternOptions options) {
    return new PatternDetector(graph).detect(options, Set.of(pattern)).findings();
  }

  @Test
  void fiveSendersIntoOneAccountWithinAWeekAreAFanInWithEveryDepositAsEvidence() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    for (int sender = 1; sender <= 5; sender++) {
      builder.add(sender, HUB, 900_00, EUR, T0 + sender * DAY);
    }
    builder.add(
        1,
        HUB,
        800_00,
        EUR,
        T0 + 6 * DAY); // the same sender again: evidence, but no extra counterparty
    builder.add(HUB, 9, 4_000_00, EUR, T0 + 6 * DAY); // outgoing: not part of a fan-in
    builder.add(7, HUB, 100_00, EUR, T0 + 20 * DAY); // after the window
    List<Finding> found = find(builder.build(), Pattern.FAN_IN, PatternOptions.DEFAULTS);

    assertThat(found)
        .singleElement()
        .satisfies(
            fan -> {
              assertThat(fan.account()).isEqualTo(HUB);
              assertThat(fan.counterparties()).containsExactly(1, 2, 3, 4, 5);
              assertThat(fan.amount()).isEqualTo(5 * 900_00 + 800_00);
              assertThat(fan.from()).isEqualTo(T0 + DAY);
              assertThat(fan.until()).isEqualTo(T0 + 6 * DAY);
              assertThat(fan.transactions())
                  .hasSize(6)
                  .allSatisfy(t -> assertThat(t.to()).isEqualTo(HUB));
            });
  }

  @Test
  void fourSendersOrFiveSpreadOverMoreThanTheWindowAreNoFan() {
    TemporalGraph.Builder four = TemporalGraph.builder();
    for (int sender = 1; sender <= 4; sender++) {
      four.add(sender, HUB, 900_00, EUR, T0 + sender);
      four.add(sender, HUB, 900_00, EUR, T0 + sender + 1);
    }
    assertThat(find(four.build(), Pattern.FAN_IN, PatternOptions.DEFAULTS)).isEmpty();

    TemporalGraph.Builder spread = TemporalGraph.builder();
    for (int sender = 1; sender <= 5; sender++) {
      spread.add(sender, HUB, 900_00, EUR, T0 + (sender - 1) * 2 * DAY); // first to last: 8 days
    }
    assertThat(find(spread.build(), Pattern.FAN_IN, PatternOptions.DEFAULTS)).isEmpty();
    assertThat(
            find(
                spread.build(),
                Pattern.FAN_IN,
                PatternOptions.DEFAULTS.withFans(5, Duration.ofDays(8))))
        .hasSize(1);
    assertThat(
            find(
                spread.build(),
                Pattern.FAN_IN,
                PatternOptions.DEFAULTS.withFans(4, Duration.ofDays(7))))
        .hasSize(1);
  }

  @Test
  void aLongBurstIsCutIntoFindingsThatDoNotOverlap() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    for (int sender = 1; sender <= 12; sender++) {
      builder.add(sender, HUB, 500_00, EUR, T0 + sender * DAY);
    }
    List<Finding> found =
        find(
            builder.build(),
            Pattern.FAN_IN,
            PatternOptions.DEFAULTS.withFans(3, Duration.ofDays(2)));
    assertThat(found).extracting(f -> f.counterparties().length).containsExactly(3, 3, 3, 3);
    assertThat(
            found.stream()
                .flatMap(f -> f.transactions().stream())
                .map(EvidenceTransaction::transactionId)
                .distinct())
        .hasSize(12);
  }

  @Test
  void currenciesAreNotMixed() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    for (int sender = 1; sender <= 5; sender++) {
      builder.add(sender, HUB, 900_00, sender <= 3 ? EUR : USD, T0 + sender);
    }
    assertThat(find(builder.build(), Pattern.FAN_IN, PatternOptions.DEFAULTS)).isEmpty();
  }

  @Test
  void fiveRecipientsOutOfOneAccountAreAFanOutAndSelfTransfersDoNotCount() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(HUB, HUB, 100_00, EUR, T0);
    for (int recipient = 1; recipient <= 4; recipient++) {
      builder.add(HUB, recipient, 2_000_00, EUR, T0 + recipient * 3600);
    }
    TemporalGraph four = builder.build();
    assertThat(find(four, Pattern.FAN_OUT, PatternOptions.DEFAULTS)).isEmpty();

    builder.add(HUB, 5, 2_000_00, EUR, T0 + 5 * 3600);
    List<Finding> found = find(builder.build(), Pattern.FAN_OUT, PatternOptions.DEFAULTS);
    assertThat(found)
        .singleElement()
        .satisfies(
            fan -> {
              assertThat(fan.pattern()).isEqualTo(Pattern.FAN_OUT);
              assertThat(fan.counterparties()).containsExactly(1, 2, 3, 4, 5);
              assertThat(fan.amount()).isEqualTo(10_000_00);
            });
    assertThat(find(builder.build(), Pattern.FAN_IN, PatternOptions.DEFAULTS)).isEmpty();
  }
}
