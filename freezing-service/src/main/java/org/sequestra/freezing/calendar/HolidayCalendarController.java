package org.sequestra.freezing.calendar;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.sequestra.freezing.api.DeadlinesApi;
import org.sequestra.freezing.api.model.HolidayCalendarDto;
import org.sequestra.freezing.deadline.CountryTimeZones;
import org.sequestra.freezing.deadline.HolidayCalendar;
import org.sequestra.freezing.deadline.UnknownCountryException;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** The calendar in force for a country, so that every computed deadline can be checked by hand. */
@RestController
@PreAuthorize(
    "hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'ISSUING_AUTHORITY', 'EXECUTING_AUTHORITY',"
        + " 'PROSECUTOR', 'EMPACT_INTEGRATION', 'AUDITOR', 'PLATFORM_ADMIN')")
class HolidayCalendarController implements DeadlinesApi {

  private final HolidayCalendar holidays;
  private final CountryTimeZones zones;
  private final CalendarMapper mapper;
  private final Clock clock;

  HolidayCalendarController(
      HolidayCalendar holidays, CountryTimeZones zones, CalendarMapper mapper, Clock clock) {
    this.holidays = holidays;
    this.zones = zones;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public ResponseEntity<HolidayCalendarDto> getHolidayCalendar(String country, Integer year) {
    Year selected = year != null ? Year.of(year) : Year.now(clock.withZone(ZoneOffset.UTC));
    try {
      List<String> timeZones = zones.zonesOf(country).stream().map(Object::toString).toList();
      return ResponseEntity.ok(
          new HolidayCalendarDto(
              country,
              selected.getValue(),
              holidays.source(),
              timeZones,
              mapper.toDtos(holidays.publicHolidays(country, selected)),
              mapper.toDtos(holidays.removedHolidays(country, selected))));
    } catch (UnknownCountryException e) {
      throw new NotFoundException("Holiday calendar of country", country);
    }
  }
}
