package org.sequestra.freezing.calendar;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendars deadlines are counted in, per country (ISO 3166-1 alpha-2 keys):
 *
 * <pre>
 * sequestra.freezing:
 *   holidays:
 *     NL:
 *       removed: ["05-05"]        # MM-DD every year, or YYYY-MM-DD once
 *     IT:
 *       added: ["2027-10-04"]
 *   time-zones:
 *     ES: [Europe/Madrid]         # replaces ICU's list (Madrid, Canary, Ceuta)
 *   deadlines:
 *     due-soon-percent: 25
 * </pre>
 */
@ConfigurationProperties("sequestra.freezing")
record CalendarProperties(
    Map<String, HolidayChanges> holidays,
    Map<String, List<String>> timeZones,
    Deadlines deadlines) {

  CalendarProperties {
    holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
    timeZones = timeZones == null ? Map.of() : Map.copyOf(timeZones);
    deadlines = deadlines == null ? new Deadlines(null) : deadlines;
  }

  /** Days added as national holidays, and library holidays not counted. */
  record HolidayChanges(List<String> added, List<String> removed) {}

  /**
   * @param dueSoonPercent the last share of a period in which it counts as due soon (default 25)
   */
  record Deadlines(Integer dueSoonPercent) {}
}
