package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

  @ParameterizedTest
  @CsvSource({"EUR,EUR", "chf,CHF", "' USD ',USD", "XAU,XAU", "VES,VES"})
  void iso4217Codes(String code, String normalised) {
    ValidationResult r = CurrencyCode.validate(code);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.normalised()).isEqualTo(normalised);
    assertThat(r.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DEM", "FRF", "HRK", "ITL"})
  void withdrawnCurrenciesAreValidWithWarning(String code) {
    ValidationResult r = CurrencyCode.validate(code);
    assertThat(r.valid()).isTrue();
    assertThat(r.warnings())
        .containsExactly(code + " is a withdrawn ISO 4217 currency (historic amounts only)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"XTS|XTS is reserved for testing", "XXX|XXX means no currency is involved"})
  void specialCodesWarn(String code, String warning) {
    assertThat(CurrencyCode.validate(code).warnings()).containsExactly(warning);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ABC|unknown ISO 4217 currency code ABC",
        "BTC|unknown ISO 4217 currency code BTC",
        "EURO|currency code must be 3 letters (ISO 4217)",
        "E1R|currency code must be 3 letters (ISO 4217)",
        "978|currency code must be 3 letters (ISO 4217)"
      })
  void invalidWithReason(String code, String reason) {
    assertThat(CurrencyCode.validate(code).reason()).isEqualTo(reason);
  }
}
