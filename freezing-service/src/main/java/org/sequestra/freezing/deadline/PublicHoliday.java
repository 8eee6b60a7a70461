package org.sequestra.freezing.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public holiday.
 *
 * @param date the day off (where the law moves a holiday, e.g. Colombia's Monday holidays or NL's
 *     King's Day on a Sunday, the day it moves to)
 * @param name the library's English name, or the configured name of an addition
 */
public record PublicHoliday(LocalDate date, String name, Origin origin) {

  /** Where a holiday comes from. */
  public enum Origin {
    /** The holiday library. */
    LIBRARY,
    /** The service's configuration (an agency knows its own calendar best). */
    CONFIGURATION
  }

  public PublicHoliday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
  }
}
