package org.sequestra.freezing.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * The national public holidays of a State, as a deadline counted in days needs them (Regulation
 * 1182/71 Art 3(4)). Country codes are ISO 3166-1 alpha-2, upper case.
 */
public interface HolidayCalendar {

  /** Whether {@code day} is a national public holiday in the country (configuration applied). */
  boolean isPublicHoliday(String countryIso2, LocalDate day);

  /**
   * The national public holidays in force in the country for the year, by date, configured
   * additions included and configured removals left out.
   *
   * @throws UnknownCountryException when no calendar is known for the country
   */
  List<PublicHoliday> publicHolidays(String countryIso2, Year year);

  /** The library's holidays that the configuration removes for the country in that year. */
  List<PublicHoliday> removedHolidays(String countryIso2, Year year);

  /** Countries with a known calendar. */
  Set<String> countries();

  /** Where the holidays come from, e.g. {@code Jollyday 1.8.0}. */
  String source();
}
