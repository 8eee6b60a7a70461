package org.sequestra.freezing.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country's configured changes to the library's calendar: days added as public holidays and
 * library holidays removed. Each entry is either a day every year ({@code MM-DD}, e.g. {@code
 * 05-05}) or one date ({@code YYYY-MM-DD}, e.g. {@code 2027-10-04}).
 */
public record CalendarChanges(List<Day> added, List<Day> removed) {

  private static final Pattern EVERY_YEAR = Pattern.compile("\\d{2}-\\d{2}");
  private static final Pattern ONE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public static final CalendarChanges NONE = new CalendarChanges(List.of(), List.of());

  public CalendarChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  /** Parses the configured entries; a malformed one fails at start-up, naming it. */
  public static CalendarChanges parse(List<String> added, List<String> removed) {
    return new CalendarChanges(
        added == null ? List.of() : added.stream().map(Day::parse).toList(),
        removed == null ? List.of() : removed.stream().map(Day::parse).toList());
  }

  boolean adds(LocalDate day) {
    return added.stream().anyMatch(d -> d.matches(day));
  }

  boolean removes(LocalDate day) {
    return removed.stream().anyMatch(d -> d.matches(day));
  }

  List<LocalDate> additionsIn(Year year) {
    return added.stream().flatMap(d -> d.in(year).stream()).toList();
  }

  /** A configured day: every year on a month and day, or one date. */
  public record Day(MonthDay everyYear, LocalDate date) {

    public Day {
      if ((everyYear == null) == (date == null)) {
        throw new IllegalArgumentException("a day is either every year or one date");
      }
    }

    static Day parse(String text) {
      Objects.requireNonNull(text, "day");
      String trimmed = text.strip();
      try {
        if (EVERY_YEAR.matcher(trimmed).matches()) {
          return new Day(MonthDay.parse("--" + trimmed), null);
        }
        if (ONE_DATE.matcher(trimmed).matches()) {
          return new Day(null, LocalDate.parse(trimmed));
        }
      } catch (DateTimeException e) {
        // reported below with the expected forms
      }
      throw new IllegalArgumentException(
          "holiday change '" + text + "' is neither MM-DD (every year) nor YYYY-MM-DD");
    }

    boolean matches(LocalDate day) {
      return date != null ? date.equals(day) : MonthDay.from(day).equals(everyYear);
    }

    List<LocalDate> in(Year year) {
      if (date != null) {
        return date.getYear() == year.getValue() ? List.of(date) : List.of();
      }
      return everyYear.isValidYear(year.getValue())
          ? List.of(year.atMonthDay(everyYear))
          : List.of();
    }

    @Override
    public String toString() {
      return date != null ? date.toString() : everyYear.toString().substring(2);
    }
  }
}
