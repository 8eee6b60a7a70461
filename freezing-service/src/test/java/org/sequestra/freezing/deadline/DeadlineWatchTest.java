package org.sequestra.freezing.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequestra.freezing.MovableClock;

/** Every rule's deadline, watched with the clock moved through its period. */
class DeadlineWatchTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-27T18:30:00Z");

  private final DeadlineCalculus calculus =
      new DeadlineCalculus(new JollydayHolidayCalendar(Map.of()), new CountryTimeZones(Map.of()));
  private final MovableClock clock = new MovableClock(RECEIVED);
  private final DeadlineWatch watch = new DeadlineWatch(clock, DueSoonPolicy.DEFAULT);

  /** Every rule with a period of its own; those an agreement sets are watched below. */
  @ParameterizedTest
  @EnumSource(
      value = DeadlineRule.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"MLA_AGREEMENT_RECOGNITION", "MLA_AGREEMENT_EXECUTION"})
  void theStateFollowsTheClock(DeadlineRule rule) {
    watchedThroughItsPeriod(calculus.compute(rule, RECEIVED, "ES"));
  }

  @ParameterizedTest
  @CsvSource({
    "MLA_AGREEMENT_RECOGNITION, PT72H",
    "MLA_AGREEMENT_RECOGNITION, P30D",
    "MLA_AGREEMENT_EXECUTION, P6W"
  })
  void anAgreedDeadlineFollowsTheClockToo(DeadlineRule rule, String period) {
    watchedThroughItsPeriod(
        calculus.agreed(rule, DeadlinePeriod.parse(period), "an agreement", RECEIVED, "ES"));
  }

  private void watchedThroughItsPeriod(Deadline deadline) {
    clock.set(RECEIVED);
    Duration period = Duration.between(deadline.startedAt(), deadline.dueAt());
    Instant dueSoonFrom = deadline.dueAt().minus(period.dividedBy(4));

    assertThat(watch.stateOf(deadline, null)).isEqualTo(DeadlineState.ON_TIME);
    clock.set(dueSoonFrom.minusSeconds(1));
    assertThat(watch.stateOf(deadline, null)).isEqualTo(DeadlineState.ON_TIME);
    clock.set(dueSoonFrom);
    assertThat(watch.stateOf(deadline, null)).isEqualTo(DeadlineState.DUE_SOON);
    clock.set(deadline.dueAt());
    assertThat(watch.stateOf(deadline, null)).isEqualTo(DeadlineState.DUE_SOON);
    clock.set(deadline.dueAt().plusSeconds(1));
    assertThat(watch.stateOf(deadline, null)).isEqualTo(DeadlineState.OVERDUE);

    assertThat(watch.stateOf(deadline, deadline.dueAt())).isEqualTo(DeadlineState.MET);
    assertThat(watch.stateOf(deadline, deadline.dueAt().plusSeconds(1)))
        .isEqualTo(DeadlineState.MET_LATE);
  }

  @Test
  void anUrgentFreezingRecognitionIsDueSoonInItsLastTwelveHours() {
    Deadline deadline = calculus.urgentFreezingRecognition(RECEIVED);
    clock.set(Instant.parse("2026-11-29T06:29:59Z"));
    assertThat(watch.stateOf(deadline, null)).isEqualTo(DeadlineState.ON_TIME);
    clock.set(Instant.parse("2026-11-29T06:30:00Z"));
    DeadlineView view = watch.view(deadline, null);
    assertThat(view.state()).isEqualTo(DeadlineState.DUE_SOON);
    assertThat(view.dueSoonFrom()).isEqualTo(Instant.parse("2026-11-29T06:30:00Z"));
    assertThat(view.rolledFrom()).isNull();
  }

  @Test
  void aConfiguredLeadChangesWhenItIsDueSoon() {
    Deadline deadline = calculus.urgentFreezingRecognition(RECEIVED);
    DeadlineWatch tenPercent = new DeadlineWatch(clock, new DueSoonPolicy(10));
    clock.set(Instant.parse("2026-11-29T06:30:00Z"));
    assertThat(tenPercent.stateOf(deadline, null)).isEqualTo(DeadlineState.ON_TIME);
    clock.set(Instant.parse("2026-11-29T13:42:00Z")); // 4.8 hours before the end
    assertThat(tenPercent.stateOf(deadline, null)).isEqualTo(DeadlineState.DUE_SOON);
  }

  @Test
  void aRolledDeadlineShowsTheDayItMovedFrom() {
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-10-24T11:00:00Z"), "ES");
    DeadlineView view = watch.view(deadline, null);
    assertThat(view.rolledFrom()).isEqualTo(deadline.unrolledDueDate());
    assertThat(view.dueDate()).isEqualTo(deadline.dueDate());
    assertThat(view.country()).isEqualTo("ES");
  }
}
