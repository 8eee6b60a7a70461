package org.sequestra.freezing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryTimeZonesTest {

  private final CountryTimeZones icu = new CountryTimeZones(Map.of());

  @Test
  void aCountryHasItsZonesFromIcu() {
    assertThat(icu.zonesOf("ES"))
        .contains(ZoneId.of("Europe/Madrid"), ZoneId.of("Atlantic/Canary"));
    assertThat(icu.zonesOf("NL")).containsExactly(ZoneId.of("Europe/Amsterdam"));
    assertThat(icu.zonesOf("CO")).containsExactly(ZoneId.of("America/Bogota"));
    assertThatThrownBy(() -> icu.zonesOf("XX")).isInstanceOf(UnknownCountryException.class);
  }

  @Test
  void aDayEndsAtTheLatestMidnightOfTheCountry() {
    // Spain: the Canary Islands' midnight (UTC+0 in winter) is an hour after Madrid's
    assertThat(icu.endOfDay("ES", LocalDate.of(2026, 12, 9)))
        .isEqualTo(Instant.parse("2026-12-10T00:00:00Z"));
    // Portugal: the Azores (UTC-1 in winter)
    assertThat(icu.endOfDay("PT", LocalDate.of(2026, 12, 9)))
        .isEqualTo(Instant.parse("2026-12-10T01:00:00Z"));
    assertThat(icu.endOfDay("NL", LocalDate.of(2026, 12, 9)))
        .isEqualTo(Instant.parse("2026-12-09T23:00:00Z"));
  }

  @Test
  void theDayOfAnEventIsTheLatestDateItHasInTheCountry() {
    // 23:30 UTC on 16 February: already the 17th in Madrid, still the 16th in the Canaries
    assertThat(icu.dayOf("ES", Instant.parse("2026-02-16T23:30:00Z")))
        .isEqualTo(LocalDate.of(2026, 2, 17));
  }

  @Test
  void configuredZonesReplaceIcus() {
    CountryTimeZones central = new CountryTimeZones(Map.of("ES", List.of("Europe/Madrid")));
    assertThat(central.zonesOf("ES")).containsExactly(ZoneId.of("Europe/Madrid"));
    assertThat(central.endOfDay("ES", LocalDate.of(2026, 12, 9)))
        .isEqualTo(Instant.parse("2026-12-09T23:00:00Z"));
    assertThatThrownBy(() -> new CountryTimeZones(Map.of("ES", List.of("Europe/Atlantis"))))
        .isInstanceOf(RuntimeException.class);
  }
}
