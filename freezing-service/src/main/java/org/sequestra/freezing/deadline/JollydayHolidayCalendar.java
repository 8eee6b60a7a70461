package org.sequestra.freezing.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * National public holidays from Jollyday (maintained, knows every EU Member State and Colombia),
 * with the configured additions and removals per country. Sub-regional holidays (a Spanish
 * autonomous community, an Italian province) are not counted: the Regulation's periods use the
 * executing State's calendar, and an agency that needs a regional day adds it by configuration.
 *
 * <p>Only {@link HolidayType#PUBLIC_HOLIDAY} counts: observances (e.g. NL's Good Friday) and bank
 * holidays are working days for an authority.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

  static final String ADDED_NAME = "Added by configuration";

  private final Map<String, CalendarChanges> changes;
  private final Set<String> countries;
  private final String source;
  private final Map<String, List<PublicHoliday>> libraryYears = new ConcurrentHashMap<>();

  /**
   * @param changes per country code (upper case); a code the library does not know is refused, so
   *     that a typo in the configuration fails at start-up rather than silently
   */
  public JollydayHolidayCalendar(Map<String, CalendarChanges> changes) {
    this.countries =
        HolidayManager.getSupportedCalendarCodes().stream()
            .filter(code -> code.matches("[A-Z]{2}"))
            .collect(Collectors.toCollection(TreeSet::new));
    this.changes =
        changes.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    e -> known(e.getKey().toUpperCase(Locale.ROOT)), Map.Entry::getValue));
    this.source = "Jollyday " + libraryVersion();
  }

  @Override
  public boolean isPublicHoliday(String countryIso2, LocalDate day) {
    String country = known(countryIso2);
    CalendarChanges change = changes.getOrDefault(country, CalendarChanges.NONE);
    if (change.adds(day)) {
      return true;
    }
    if (change.removes(day)) {
      return false;
    }
    return library(country, Year.from(day)).stream().anyMatch(h -> h.date().equals(day));
  }

  @Override
  public List<PublicHoliday> publicHolidays(String countryIso2, Year year) {
    String country = known(countryIso2);
    CalendarChanges change = changes.getOrDefault(country, CalendarChanges.NONE);
    Stream<PublicHoliday> fromLibrary =
        library(country, year).stream()
            .filter(h -> change.adds(h.date()) || !change.removes(h.date()));
    List<LocalDate> libraryDates =
        library(country, year).stream().map(PublicHoliday::date).toList();
    Stream<PublicHoliday> added =
        change.additionsIn(year).stream()
            .filter(day -> !libraryDates.contains(day))
            .distinct()
            .map(day -> new PublicHoliday(day, ADDED_NAME, PublicHoliday.Origin.CONFIGURATION));
    return Stream.concat(fromLibrary, added)
        .sorted(Comparator.comparing(PublicHoliday::date))
        .toList();
  }

  @Override
  public List<PublicHoliday> removedHolidays(String countryIso2, Year year) {
    String country = known(countryIso2);
    CalendarChanges change = changes.getOrDefault(country, CalendarChanges.NONE);
    return library(country, year).stream()
        .filter(h -> change.removes(h.date()) && !change.adds(h.date()))
        .toList();
  }

  @Override
  public Set<String> countries() {
    return countries;
  }

  @Override
  public String source() {
    return source;
  }

  private String known(String country) {
    if (country == null || !countries.contains(country)) {
      throw new UnknownCountryException(country, "holiday calendar");
    }
    return country;
  }

  private List<PublicHoliday> library(String country, Year year) {
    return libraryYears.computeIfAbsent(
        country + "/" + year,
        key -> {
          Set<Holiday> holidays =
              HolidayManager.getInstance(ManagerParameters.create(country))
                  .getHolidays(year, HolidayType.PUBLIC_HOLIDAY);
          // getDate() is the day off (moved where the law moves it); the year's list is national
          // when no sub-region is named
          return holidays.stream()
              .map(
                  h ->
                      new PublicHoliday(
                          h.getDate(),
                          h.getDescription(Locale.ENGLISH),
                          PublicHoliday.Origin.LIBRARY))
              .sorted(Comparator.comparing(PublicHoliday::date))
              .toList();
        });
  }

  private static String libraryVersion() {
    try (InputStream in =
        HolidayManager.class.getResourceAsStream(
            "/META-INF/maven/de.focus-shift/jollyday-core/pom.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "(version unknown)");
      }
    } catch (IOException e) {
      // fall through: the version is informative only
    }
    String version = HolidayManager.class.getPackage().getImplementationVersion();
    return version != null ? version : "(version unknown)";
  }
}
