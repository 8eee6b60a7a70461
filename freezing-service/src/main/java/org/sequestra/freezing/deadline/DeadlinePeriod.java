package org.sequestra.freezing.deadline;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.freezing.deadline.DeadlineRule.Counting;

/**
 * A period and how it is counted: hours on the clock, or days or weeks counted and rolled as
 * Regulation 1182/71 does ({@link DeadlineCalculus}).
 *
 * <p>As configured (an agreement's deadlines) it is written in ISO 8601: {@code PT48H} (hours,
 * never moved), {@code P30D} (days, a last day on a weekend or public holiday of the State moves to
 * the next working day), {@code P6W} (weeks, the same). Other forms (months, years, minutes, mixed
 * parts) are refused: the calculus does not count them, and a silent approximation would give a
 * wrong legal date.
 */
public record DeadlinePeriod(Counting counting, int amount) {

  /** Far beyond any legal period: a larger number is a typo. */
  static final int MAX_AMOUNT = 9999;

  private static final Pattern ISO_DAYS_OR_WEEKS = Pattern.compile("P(\\d{1,4})([DW])");
  private static final Pattern ISO_HOURS = Pattern.compile("PT(\\d{1,4})H");

  public DeadlinePeriod {
    Objects.requireNonNull(counting, "counting");
    if (amount < 1 || amount > MAX_AMOUNT) {
      throw new IllegalArgumentException("a period is 1.." + MAX_AMOUNT + ", was " + amount);
    }
  }

  /**
   * Reads {@code PTnH}, {@code PnD} or {@code PnW}.
   *
   * @throws IllegalArgumentException naming the text and the forms understood
   */
  public static DeadlinePeriod parse(String iso8601) {
    String text = Objects.requireNonNull(iso8601, "period").strip();
    Matcher hours = ISO_HOURS.matcher(text);
    if (hours.matches()) {
      return new DeadlinePeriod(Counting.HOURS, Integer.parseInt(hours.group(1)));
    }
    Matcher days = ISO_DAYS_OR_WEEKS.matcher(text);
    if (days.matches()) {
      Counting counting = days.group(2).equals("W") ? Counting.WEEKS : Counting.DAYS;
      return new DeadlinePeriod(counting, Integer.parseInt(days.group(1)));
    }
    throw new IllegalArgumentException(
        "period '"
            + iso8601
            + "' is none of PTnH (hours on the clock), PnD (days, Regulation 1182/71) or PnW"
            + " (weeks)");
  }

  /** The ISO 8601 form; {@link Counting#CALENDAR_DAYS} writes as days. */
  public String iso8601() {
    return switch (counting) {
      case HOURS -> "PT" + amount + "H";
      case WEEKS -> "P" + amount + "W";
      case DAYS, CALENDAR_DAYS -> "P" + amount + "D";
    };
  }

  /** Whether the period needs a State's calendar (time zones, and holidays where it rolls). */
  public boolean countsDays() {
    return counting != Counting.HOURS;
  }
}
