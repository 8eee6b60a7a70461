package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryCodeTest {

  @ParameterizedTest
  @CsvSource({"CH,CH", "de,DE", "' gb ',GB", "SS,SS", "CW,CW", "AQ,AQ"})
  void iso3166Codes(String code, String normalised) {
    ValidationResult r = CountryCode.validate(code);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.normalised()).isEqualTo(normalised);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void kosovoIsAcceptedWithWarning() {
    ValidationResult r = CountryCode.validate("xk");
    assertThat(r.valid()).isTrue();
    assertThat(r.normalised()).isEqualTo("XK");
    assertThat(r.warnings())
        .containsExactly("XK (Kosovo) is a user-assigned code, not part of ISO 3166-1");
    assertThat(CountryCode.isIsoCountry("XK")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UK|UK is not an ISO 3166-1 country code (use GB)",
        "EL|EL is not an ISO 3166-1 country code (use GR)",
        "XX|unknown ISO 3166-1 country code XX",
        "ZZ|unknown ISO 3166-1 country code ZZ",
        "CHE|country code must be 2 letters (ISO 3166-1 alpha-2)",
        "C|country code must be 2 letters (ISO 3166-1 alpha-2)",
        "C1|country code must be 2 letters (ISO 3166-1 alpha-2)"
      })
  void invalidWithReason(String code, String reason) {
    assertThat(CountryCode.validate(code).reason()).isEqualTo(reason);
  }
}
