package org.sequestra.freezing.deadline;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The time zones of a State, for "the expiry of the last hour of the last day" of a period in days
 * (Regulation 1182/71 Art 3(2)(b)).
 *
 * <p>The zones come from ICU4J's maintained CLDR/tz data (the canonical location zones of the
 * region), not from a table written here. Where a State spans several zones (ES: the Peninsula and
 * the Canary Islands; PT: the mainland, Madeira and the Azores), a day ends at the latest of their
 * midnights: the executing authority may sit anywhere in its territory, and a watch that ended the
 * day at the earliest midnight would flag an authority as late while its own day is still running.
 * A deadline is therefore never flagged early; it may be flagged up to a few hours late, which the
 * configuration can correct per country (e.g. {@code ES: [Europe/Madrid]} where the competent
 * authority is central).
 */
public final class CountryTimeZones {

  private final Map<String, List<ZoneId>> overrides;

  /**
   * @param overrides zones per country code that replace ICU's list (checked at start-up: an
   *     unknown zone id fails)
   */
  public CountryTimeZones(Map<String, List<String>> overrides) {
    this.overrides =
        overrides.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    e -> e.getKey().toUpperCase(Locale.ROOT),
                    e -> {
                      if (e.getValue() == null || e.getValue().isEmpty()) {
                        throw new IllegalArgumentException(
                            "time zones of " + e.getKey() + " configured empty");
                      }
                      return e.getValue().stream().map(ZoneId::of).toList();
                    }));
  }

  /** The zones of the country: the configured ones, else ICU4J's canonical location zones. */
  public List<ZoneId> zonesOf(String countryIso2) {
    if (countryIso2 == null) {
      throw new UnknownCountryException(null, "time zone");
    }
    List<ZoneId> configured = overrides.get(countryIso2);
    if (configured != null) {
      return configured;
    }
    List<ZoneId> zones =
        TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, countryIso2, null).stream()
            .map(CountryTimeZones::javaZone)
            .filter(zone -> zone != null)
            .sorted(Comparator.comparing(ZoneId::getId))
            .toList();
    if (zones.isEmpty()) {
      throw new UnknownCountryException(countryIso2, "time zone");
    }
    return zones;
  }

  /** The end of {@code day} in the country: the latest midnight after it among its zones. */
  public Instant endOfDay(String countryIso2, LocalDate day) {
    LocalDate next = day.plusDays(1);
    return zonesOf(countryIso2).stream()
        .map(zone -> next.atStartOfDay(zone).toInstant())
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * The calendar day an instant falls on in the country, at the latest of its zones' dates (the
   * zone furthest east): the day of the event is not counted (Art 3(1)), so counting from the
   * latest date the event can have in the State never ends a period early either.
   */
  public LocalDate dayOf(String countryIso2, Instant instant) {
    return zonesOf(countryIso2).stream()
        .map(zone -> LocalDate.ofInstant(instant, zone))
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** ICU may know a zone id the JDK's tz data does not (yet): such a zone is skipped. */
  private static ZoneId javaZone(String icuId) {
    try {
      return ZoneId.of(icuId);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
