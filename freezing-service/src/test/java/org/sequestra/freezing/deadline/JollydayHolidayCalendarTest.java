package org.sequestra.freezing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JollydayHolidayCalendarTest {

  private final JollydayHolidayCalendar library = new JollydayHolidayCalendar(Map.of());

  @Test
  void spainKeepsTheImmaculateConception() {
    assertThat(library.isPublicHoliday("ES", LocalDate.of(2026, 12, 8))).isTrue();
    assertThat(library.isPublicHoliday("ES", LocalDate.of(2026, 12, 9))).isFalse();
  }

  @Test
  void kingsDayIsThe27thOfAprilOrThe26thWhenThe27thIsASunday() {
    assertThat(library.isPublicHoliday("NL", LocalDate.of(2026, 4, 27))).isTrue();
    // 27 April 2025 was a Sunday: King's Day moved to Saturday the 26th
    assertThat(library.isPublicHoliday("NL", LocalDate.of(2025, 4, 26))).isTrue();
    assertThat(library.isPublicHoliday("NL", LocalDate.of(2025, 4, 27))).isFalse();
  }

  @Test
  void italyHasSaintFrancisAgainFrom2026InJollyday180() {
    assertThat(library.isPublicHoliday("IT", LocalDate.of(2026, 10, 4))).isTrue();
    assertThat(library.isPublicHoliday("IT", LocalDate.of(2025, 10, 4))).isFalse();
  }

  @Test
  void colombiaHasItsHolidaysMovedToMondays() {
    List<PublicHoliday> holidays = library.publicHolidays("CO", Year.of(2026));
    assertThat(holidays).hasSizeGreaterThan(15);
    assertThat(holidays).extracting(PublicHoliday::date).contains(LocalDate.of(2026, 7, 20));
    // Epiphany (6 Jan, a Tuesday in 2026) is observed on Monday 12 January (Ley Emiliani)
    assertThat(library.isPublicHoliday("CO", LocalDate.of(2026, 1, 12))).isTrue();
    assertThat(library.isPublicHoliday("CO", LocalDate.of(2026, 1, 6))).isFalse();
  }

  @Test
  void observancesAreNotPublicHolidays() {
    // Good Friday is an observance in the Netherlands, a public holiday in Spain
    assertThat(library.isPublicHoliday("NL", LocalDate.of(2026, 4, 3))).isFalse();
    assertThat(library.isPublicHoliday("ES", LocalDate.of(2026, 4, 3))).isTrue();
  }

  @Test
  void everyMemberStateAndColombiaHaveACalendar() {
    assertThat(library.countries())
        .contains(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "CO");
    assertThat(library.source()).isEqualTo("Jollyday 1.8.0");
  }

  @Test
  void aConfiguredRemovalAndAdditionChangeTheCalendar() {
    JollydayHolidayCalendar configured =
        new JollydayHolidayCalendar(
            Map.of(
                "NL", CalendarChanges.parse(List.of(), List.of("05-05")),
                "ES", CalendarChanges.parse(List.of("2026-12-24", "05-02"), List.of())));

    assertThat(library.isPublicHoliday("NL", LocalDate.of(2026, 5, 5))).isTrue();
    assertThat(configured.isPublicHoliday("NL", LocalDate.of(2026, 5, 5))).isFalse();
    assertThat(configured.isPublicHoliday("NL", LocalDate.of(2030, 5, 5))).isFalse();
    assertThat(configured.removedHolidays("NL", Year.of(2026)))
        .extracting(PublicHoliday::date)
        .containsExactly(LocalDate.of(2026, 5, 5));
    assertThat(configured.publicHolidays("NL", Year.of(2026)))
        .extracting(PublicHoliday::date)
        .doesNotContain(LocalDate.of(2026, 5, 5))
        .contains(LocalDate.of(2026, 4, 27));

    assertThat(configured.isPublicHoliday("ES", LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(configured.isPublicHoliday("ES", LocalDate.of(2027, 12, 24))).isFalse();
    assertThat(configured.isPublicHoliday("ES", LocalDate.of(2027, 5, 2))).isTrue();
    assertThat(configured.publicHolidays("ES", Year.of(2026)))
        .filteredOn(h -> h.origin() == PublicHoliday.Origin.CONFIGURATION)
        .extracting(PublicHoliday::date)
        .containsExactly(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 12, 24));
  }

  @Test
  void aHolidayJollydayLacksCanBeAddedByConfiguration() {
    // had Jollyday not known Italy's restored 4 October, this is the configuration that adds it
    JollydayHolidayCalendar configured =
        new JollydayHolidayCalendar(Map.of("IT", CalendarChanges.parse(List.of("10-04"), null)));
    assertThat(configured.isPublicHoliday("IT", LocalDate.of(2025, 10, 4))).isTrue();
    // already in the library from 2026: listed once, as the library's
    assertThat(configured.publicHolidays("IT", Year.of(2026)))
        .filteredOn(h -> h.date().equals(LocalDate.of(2026, 10, 4)))
        .singleElement()
        .extracting(PublicHoliday::origin)
        .isEqualTo(PublicHoliday.Origin.LIBRARY);
  }

  @Test
  void aConfigurationErrorFailsAtOnce() {
    assertThatThrownBy(() -> CalendarChanges.parse(List.of("5 May"), null))
        .hasMessageContaining("5 May");
    assertThatThrownBy(() -> CalendarChanges.parse(List.of("13-45"), null))
        .hasMessageContaining("13-45");
    assertThatThrownBy(() -> new JollydayHolidayCalendar(Map.of("XX", CalendarChanges.NONE)))
        .isInstanceOf(UnknownCountryException.class);
    assertThatThrownBy(() -> library.isPublicHoliday("XX", LocalDate.of(2026, 1, 1)))
        .isInstanceOf(UnknownCountryException.class);
  }
}
