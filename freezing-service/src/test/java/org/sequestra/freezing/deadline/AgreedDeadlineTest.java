package org.sequestra.freezing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sequestra.freezing.deadline.DeadlineRule.Counting;

/** Deadlines whose period an MLA agreement sets, counted as the Regulation's are. */
class AgreedDeadlineTest {

  private static final String BASIS = "Test agreement (test source)";

  private final DeadlineCalculus calculus =
      new DeadlineCalculus(new JollydayHolidayCalendar(Map.of()), new CountryTimeZones(Map.of()));

  @Test
  void periodsAreReadFromIso8601() {
    assertThat(DeadlinePeriod.parse("PT48H")).isEqualTo(new DeadlinePeriod(Counting.HOURS, 48));
    assertThat(DeadlinePeriod.parse("P45D")).isEqualTo(new DeadlinePeriod(Counting.DAYS, 45));
    assertThat(DeadlinePeriod.parse(" P6W ")).isEqualTo(new DeadlinePeriod(Counting.WEEKS, 6));
    assertThat(DeadlinePeriod.parse("P6W").iso8601()).isEqualTo("P6W");
    assertThat(DeadlinePeriod.parse("PT72H").countsDays()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1M", "P1Y", "PT30M", "P1DT2H", "P0D", "48h", "", "P-3D", "P10000D"})
  void otherFormsAreRefusedNamingTheText(String text) {
    assertThatThrownBy(() -> DeadlinePeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void daysEndingOnASaturdayMoveToMondayAndNameTheAgreement() {
    // as CONFISCATION_RECOGNITION in DeadlineCalculusTest: NL, day 45 Saturday 18 April 2026
    Deadline deadline =
        calculus.agreed(
            DeadlineRule.MLA_AGREEMENT_RECOGNITION,
            DeadlinePeriod.parse("P45D"),
            BASIS,
            Instant.parse("2026-03-04T10:00:00Z"),
            "NL");
    assertThat(deadline.unrolledDueDate()).isEqualTo(LocalDate.of(2026, 4, 18));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-04-20T22:00:00Z"));
    assertThat(deadline.legalBasis()).isEqualTo(BASIS);
    assertThat(deadline.rule()).isEqualTo(DeadlineRule.MLA_AGREEMENT_RECOGNITION);
    assertThat(deadline.country()).isEqualTo("NL");
  }

  @Test
  void daysEndingOnAHolidayOfTheExecutingStateMove() {
    // Spain, day 45 Tuesday 8 December 2026 (Immaculate Conception): Wednesday 9 December
    Deadline deadline =
        calculus.agreed(
            DeadlineRule.MLA_AGREEMENT_RECOGNITION,
            DeadlinePeriod.parse("P45D"),
            BASIS,
            Instant.parse("2026-10-24T11:00:00Z"),
            "ES");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void hoursRunOnTheClockAcrossAWeekend() {
    Deadline deadline =
        calculus.agreed(
            DeadlineRule.MLA_AGREEMENT_EXECUTION,
            DeadlinePeriod.parse("PT72H"),
            BASIS,
            Instant.parse("2026-11-27T18:30:00Z"),
            "CO");
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-11-30T18:30:00Z"));
    assertThat(deadline.dueDate()).isNull();
    assertThat(deadline.country()).isNull();
  }

  @Test
  void aRuleWithAPeriodOfItsOwnIsNotAgreedAndViceVersa() {
    assertThatThrownBy(
            () ->
                calculus.agreed(
                    DeadlineRule.CONFISCATION_RECOGNITION,
                    DeadlinePeriod.parse("P10D"),
                    BASIS,
                    Instant.now(),
                    "ES"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> calculus.compute(DeadlineRule.MLA_AGREEMENT_RECOGNITION, Instant.now(), "ES"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agreement");
    assertThat(DeadlineRule.MLA_AGREEMENT_EXECUTION.agreed()).isTrue();
    assertThat(DeadlineRule.CONFISCATION_RECOGNITION.agreed()).isFalse();
  }
}
