package org.sequestra.freezing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineCalculusTest {

  private final DeadlineCalculus calculus =
      new DeadlineCalculus(new JollydayHolidayCalendar(Map.of()), new CountryTimeZones(Map.of()));

  @Test
  void fortyEightHoursAcrossAWeekendDoNotMove() {
    // received on Friday evening: the decision is due on Sunday evening, to the minute
    Deadline recognition =
        calculus.urgentFreezingRecognition(Instant.parse("2026-11-27T18:30:00Z"));
    assertThat(recognition.dueAt()).isEqualTo(Instant.parse("2026-11-29T18:30:00Z"));
    assertThat(recognition.dueDate()).isNull();
    assertThat(recognition.legalBasis()).isEqualTo("Regulation (EU) 2018/1805 Art 9(3)");

    // decided on Saturday morning: execution is due on Monday morning
    Deadline execution = calculus.urgentFreezingExecution(Instant.parse("2026-11-28T09:15:00Z"));
    assertThat(execution.rule()).isEqualTo(DeadlineRule.URGENT_FREEZING_EXECUTION);
    assertThat(execution.dueAt()).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
  }

  @Test
  void fortyEightHoursEndingOnAHolidayDoNotMoveEither() {
    // received Sunday 6 December: due Tuesday 8 December, Spain's Immaculate Conception
    Deadline recognition =
        calculus.urgentFreezingRecognition(Instant.parse("2026-12-06T10:00:00Z"));
    assertThat(recognition.dueAt()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
  }

  @Test
  void fortyFiveDaysEndingOnASaturdayMoveToMonday() {
    // received Wednesday 4 March 2026 in NL: day 45 is Saturday 18 April
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-03-04T10:00:00Z"), "NL");
    assertThat(deadline.unrolledDueDate()).isEqualTo(LocalDate.of(2026, 4, 18));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(deadline.rolled()).isTrue();
    // the end of Monday in Amsterdam (CEST)
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-04-20T22:00:00Z"));
  }

  @Test
  void fortyFiveDaysEndingOnASundayMoveToMonday() {
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-03-05T08:00:00Z"), "NL");
    assertThat(deadline.unrolledDueDate()).isEqualTo(LocalDate.of(2026, 4, 19));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
  }

  @Test
  void fortyFiveDaysOnAWorkingDayEndWithItsLastHour() {
    // received Friday 20 March: day 45 is Monday 4 May, a working day in Spain
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-03-20T15:00:00Z"), "ES");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(deadline.rolled()).isFalse();
    // the end of the day in the Canary Islands (WEST, UTC+1), the last in Spain to end
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-05-04T23:00:00Z"));
  }

  @Test
  void fortyFiveDaysEndingOnANationalHolidayMoveToTheNextWorkingDay() {
    // Spain: day 45 is Tuesday 8 December (Immaculate Conception), so Wednesday 9 December
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-10-24T11:00:00Z"), "ES");
    assertThat(deadline.unrolledDueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-12-10T00:00:00Z"));

    // the same day is no holiday in the Netherlands: nothing moves there
    Deadline inNl = calculus.confiscationRecognition(Instant.parse("2026-10-24T11:00:00Z"), "NL");
    assertThat(inNl.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
  }

  @Test
  void aHolidayFollowedByAWeekendMovesPastBoth() {
    // Spain: day 45 is Good Friday 3 April 2026; Saturday, Sunday follow; Monday 6 April works
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-02-17T09:00:00Z"), "ES");
    assertThat(deadline.unrolledDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 6));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-04-06T23:00:00Z"));
  }

  @Test
  void aWeekendFollowedByAMovedMondayHolidayMovesToTuesday() {
    // Colombia: day 45 is Saturday 10 January 2026; Monday 12 January is Epiphany (moved)
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2025-11-26T14:00:00Z"), "CO");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 1, 13));
    // the end of Tuesday in Bogotá (UTC-5)
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-01-14T05:00:00Z"));
  }

  @Test
  void theDayOfReceiptIsNotCountedInTheExecutingStatesCalendar() {
    // 23:30 UTC on 16 February is already 17 February in Madrid: the period counts from the 17th
    Deadline deadline =
        calculus.confiscationRecognition(Instant.parse("2026-02-16T23:30:00Z"), "ES");
    assertThat(deadline.unrolledDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void aConfiguredRemovalStopsTheRoll() {
    // received Saturday 21 March 2026: day 45 is Tuesday 5 May, NL's Liberation Day in Jollyday
    Instant received = Instant.parse("2026-03-21T12:00:00Z");
    assertThat(calculus.confiscationRecognition(received, "NL").dueDate())
        .isEqualTo(LocalDate.of(2026, 5, 6));

    DeadlineCalculus withoutFifthOfMay =
        new DeadlineCalculus(
            new JollydayHolidayCalendar(
                Map.of("NL", CalendarChanges.parse(List.of(), List.of("05-05")))),
            new CountryTimeZones(Map.of()));
    assertThat(withoutFifthOfMay.confiscationRecognition(received, "NL").dueDate())
        .isEqualTo(LocalDate.of(2026, 5, 5));
  }

  @Test
  void sixWeeksEndOnTheSameWeekday() {
    Deadline deadline = calculus.freezeLimitationReply(Instant.parse("2026-11-05T10:00:00Z"), "NL");
    assertThat(deadline.legalBasis()).startsWith("Regulation (EU) 2018/1805 Art 12(2)");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 17));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-12-17T23:00:00Z"));
  }

  @Test
  void sixWeeksEndingOnChristmasMovePastBoxingDayAndSunday() {
    // Friday 13 November + 6 weeks = Friday 25 December; 26th (holiday, Saturday), 27th Sunday
    Deadline deadline = calculus.freezeLimitationReply(Instant.parse("2026-11-13T10:00:00Z"), "NL");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void informationRequestsRunEightHoursOrCalendarDaysWithoutARoll() {
    Instant received = Instant.parse("2026-12-03T16:00:00Z"); // Thursday
    Deadline direct =
        calculus.compute(DeadlineRule.INFORMATION_URGENT_DIRECT_ACCESS, received, "ES");
    assertThat(direct.dueAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));

    // three calendar days: Sunday 6 December (also Spain's Constitution Day) is the last one
    Deadline indirect =
        calculus.compute(DeadlineRule.INFORMATION_URGENT_INDIRECT_ACCESS, received, "ES");
    assertThat(indirect.dueDate()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(indirect.rolled()).isFalse();
    assertThat(indirect.dueAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));

    Deadline other = calculus.compute(DeadlineRule.INFORMATION_OTHER, received, "NL");
    assertThat(other.dueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(other.dueAt()).isEqualTo(Instant.parse("2026-12-10T23:00:00Z"));
    assertThat(other.legalBasis()).isEqualTo("Directive (EU) 2023/977 Art 5(1)(c)");
  }

  @Test
  void aPeriodInDaysNeedsACountry() {
    assertThatThrownBy(
            () -> calculus.compute(DeadlineRule.CONFISCATION_RECOGNITION, Instant.now(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("calendar");
    assertThatThrownBy(
            () -> calculus.compute(DeadlineRule.CONFISCATION_RECOGNITION, Instant.now(), "XX"))
        .isInstanceOf(UnknownCountryException.class);
  }
}
