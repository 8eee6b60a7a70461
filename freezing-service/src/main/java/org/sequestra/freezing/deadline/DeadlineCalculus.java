package org.sequestra.freezing.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes the legal deadlines from the instant of their event. Periods in hours run on the clock;
 * periods in days and weeks are counted as Regulation (EEC, Euratom) No 1182/71 counts them, in the
 * calendar of the State that must act (its time zones and its national public holidays):
 *
 * <ul>
 *   <li>Art 3(1): the day during which the event occurs is not counted;
 *   <li>Art 3(2)(b)/(c): the period ends with the expiry of the last hour of its last day (for
 *       weeks, the day of the last week with the event's weekday);
 *   <li>Art 3(4): a last day that is a public holiday, Saturday or Sunday moves to the end of the
 *       next working day (not for "calendar days" periods, see {@link DeadlineRule.Counting}).
 * </ul>
 *
 * <p>Two readings chosen on purpose, to be confirmed by the agencies' lawyers: a period in hours
 * runs from the instant of the event to the same instant 48 (8) hours later, where Art 3(1) second
 * subparagraph would start it at the next full hour (so it may end up to an hour earlier than that
 * reading: it never ends later than the law allows); and "calendar days" periods neither roll nor
 * apply Art 3(5) (at least two working days in a period of two days or more).
 *
 * <p>Plain Java: it takes instants, and "now" belongs to {@link DeadlineWatch}.
 */
public final class DeadlineCalculus {

  /** A year of weekends and holidays in a row cannot happen: a configuration error. */
  private static final int MAX_ROLL_DAYS = 366;

  private final HolidayCalendar holidays;
  private final CountryTimeZones zones;

  public DeadlineCalculus(HolidayCalendar holidays, CountryTimeZones zones) {
    this.holidays = Objects.requireNonNull(holidays);
    this.zones = Objects.requireNonNull(zones);
  }

  /** Art 9(3): recognition of an urgent freezing certificate, 48 hours from its receipt. */
  public Deadline urgentFreezingRecognition(Instant receivedAt) {
    return compute(DeadlineRule.URGENT_FREEZING_RECOGNITION, receivedAt, null);
  }

  /** Art 9(3): execution of a recognised urgent freezing order, 48 hours from the decision. */
  public Deadline urgentFreezingExecution(Instant decidedAt) {
    return compute(DeadlineRule.URGENT_FREEZING_EXECUTION, decidedAt, null);
  }

  /** Art 20(1): decision on a confiscation certificate, 45 days from receipt. */
  public Deadline confiscationRecognition(Instant receivedAt, String executingCountry) {
    return compute(DeadlineRule.CONFISCATION_RECOGNITION, receivedAt, executingCountry);
  }

  /**
   * Art 12(2): six weeks for the issuing authority to answer a request to limit a freeze, counted
   * in the calendar of the executing State (which the silence releases).
   */
  public Deadline freezeLimitationReply(Instant requestedAt, String executingCountry) {
    return compute(DeadlineRule.FREEZE_LIMITATION_REPLY, requestedAt, executingCountry);
  }

  /**
   * Any rule with a period of its own, from its event.
   *
   * @param country the State whose calendar counts; needed where the rule counts days, ignored for
   *     hours
   * @throws IllegalArgumentException for a rule whose period an agreement sets ({@link #agreed})
   */
  public Deadline compute(DeadlineRule rule, Instant event, String country) {
    Objects.requireNonNull(rule, "rule");
    if (rule.agreed()) {
      throw new IllegalArgumentException(rule + ": an agreement sets the period");
    }
    return compute(rule, rule.period(), rule.legalBasis(), event, country);
  }

  /**
   * A rule whose period an agreement sets (MLA), counted as the Regulation's are: hours on the
   * clock, days and weeks in the calendar of the State that must act.
   *
   * @param legalBasis the agreement, as the deadline names it
   */
  public Deadline agreed(
      DeadlineRule rule, DeadlinePeriod period, String legalBasis, Instant event, String country) {
    Objects.requireNonNull(rule, "rule");
    if (!rule.agreed()) {
      throw new IllegalArgumentException(rule + " has a period of its own");
    }
    return compute(rule, Objects.requireNonNull(period, "period"), legalBasis, event, country);
  }

  private Deadline compute(
      DeadlineRule rule, DeadlinePeriod period, String legalBasis, Instant event, String country) {
    Objects.requireNonNull(event, "event");
    if (period.counting() == DeadlineRule.Counting.HOURS) {
      return new Deadline(
          rule, event, event.plus(Duration.ofHours(period.amount())), null, null, null, legalBasis);
    }
    Objects.requireNonNull(country, () -> rule + " counts days: the State's calendar is needed");
    LocalDate eventDay = zones.dayOf(country, event);
    LocalDate lastDay =
        switch (period.counting()) {
          case WEEKS -> eventDay.plusWeeks(period.amount());
          default -> eventDay.plusDays(period.amount());
        };
    LocalDate rolled =
        period.counting() == DeadlineRule.Counting.CALENDAR_DAYS
            ? lastDay
            : nextWorkingDayFrom(country, lastDay);
    return new Deadline(
        rule, event, zones.endOfDay(country, rolled), rolled, lastDay, country, legalBasis);
  }

  /** The day itself when it is a working day, else the next working day (Art 3(4)). */
  LocalDate nextWorkingDayFrom(String country, LocalDate day) {
    LocalDate candidate = day;
    for (int i = 0; i < MAX_ROLL_DAYS; i++) {
      if (isWorkingDay(country, candidate)) {
        return candidate;
      }
      candidate = candidate.plusDays(1);
    }
    throw new IllegalStateException("no working day within a year after " + day + " in " + country);
  }

  /** Not a Saturday, Sunday or national public holiday of the State. */
  public boolean isWorkingDay(String country, LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !holidays.isPublicHoliday(country, day);
  }
}
