package org.sequestra.freezing.calendar;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sequestra.freezing.deadline.CalendarChanges;
import org.sequestra.freezing.deadline.CountryTimeZones;
import org.sequestra.freezing.deadline.DeadlineCalculus;
import org.sequestra.freezing.deadline.DeadlineWatch;
import org.sequestra.freezing.deadline.DueSoonPolicy;
import org.sequestra.freezing.deadline.HolidayCalendar;
import org.sequestra.freezing.deadline.JollydayHolidayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java deadline calculus: Jollyday holidays with the configured changes, ICU4J time
 * zones with the configured overrides, the due-soon policy and the service's clock. A malformed
 * configuration (unknown country, bad date or zone) fails at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

  @Bean
  HolidayCalendar holidayCalendar(CalendarProperties properties) {
    Map<String, CalendarChanges> changes =
        properties.holidays().entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().toUpperCase(Locale.ROOT),
                    e ->
                        CalendarChanges.parse(
                            e.getValue() == null ? null : e.getValue().added(),
                            e.getValue() == null ? null : e.getValue().removed())));
    return new JollydayHolidayCalendar(changes);
  }

  @Bean
  CountryTimeZones countryTimeZones(CalendarProperties properties) {
    return new CountryTimeZones(properties.timeZones());
  }

  @Bean
  DeadlineCalculus deadlineCalculus(HolidayCalendar holidays, CountryTimeZones zones) {
    return new DeadlineCalculus(holidays, zones);
  }

  @Bean
  DeadlineWatch deadlineWatch(Clock clock, CalendarProperties properties) {
    Integer percent = properties.deadlines().dueSoonPercent();
    return new DeadlineWatch(
        clock, percent == null ? DueSoonPolicy.DEFAULT : new DueSoonPolicy(percent));
  }
}
