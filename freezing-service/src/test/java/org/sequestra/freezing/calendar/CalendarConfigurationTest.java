package org.sequestra.freezing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.deadline.CountryTimeZones;
import org.sequestra.freezing.deadline.DeadlineWatch;
import org.sequestra.freezing.deadline.HolidayCalendar;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The calendar's configuration binds, changes the calendar, and fails fast when malformed. */
class CalendarConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(CalendarConfiguration.class)
          .withBean(Clock.class, () -> Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  @Test
  void configuredChangesApplyPerCountry() {
    runner
        .withPropertyValues(
            "sequestra.freezing.holidays.NL.removed[0]=05-05",
            "sequestra.freezing.holidays.IT.added[0]=2025-10-04",
            "sequestra.freezing.time-zones.ES[0]=Europe/Madrid",
            "sequestra.freezing.deadlines.due-soon-percent=10")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              HolidayCalendar holidays = context.getBean(HolidayCalendar.class);
              assertThat(holidays.isPublicHoliday("NL", LocalDate.of(2026, 5, 5))).isFalse();
              assertThat(holidays.isPublicHoliday("NL", LocalDate.of(2026, 4, 27))).isTrue();
              assertThat(holidays.isPublicHoliday("IT", LocalDate.of(2025, 10, 4))).isTrue();
              assertThat(context.getBean(CountryTimeZones.class).zonesOf("ES"))
                  .containsExactly(ZoneId.of("Europe/Madrid"));
              assertThat(context.getBean(DeadlineWatch.class).policy().percent()).isEqualTo(10);
            });
  }

  @Test
  void withoutConfigurationTheLibraryAndDefaultsApply() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(
                  context
                      .getBean(HolidayCalendar.class)
                      .isPublicHoliday("NL", LocalDate.of(2026, 5, 5)))
              .isTrue();
          assertThat(context.getBean(DeadlineWatch.class).policy().percent()).isEqualTo(25);
        });
  }

  @Test
  void aMalformedConfigurationStopsTheStart() {
    runner
        .withPropertyValues("sequestra.freezing.holidays.NL.removed[0]=5 May")
        .run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues("sequestra.freezing.holidays.XX.added[0]=01-02")
        .run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues("sequestra.freezing.time-zones.ES[0]=Europe/Atlantis")
        .run(context -> assertThat(context).hasFailed());
  }
}
