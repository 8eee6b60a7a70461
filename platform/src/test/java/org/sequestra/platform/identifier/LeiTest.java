package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeiTest {

  /**
   * LEIs from the GLEIF public LEI register: HWUPKR0MPOU8FGXBT394 (Apple Inc.),
   * 7LTWFZYICNSX8D621K86 (Deutsche Bank AG), 5493001KJTIIGC8Y1R12 (Bloomberg Finance L.P., the
   * example of the Wikipedia "Legal Entity Identifier" article).
   */
  @ParameterizedTest
  @ValueSource(strings = {"HWUPKR0MPOU8FGXBT394", "7LTWFZYICNSX8D621K86", "5493001KJTIIGC8Y1R12"})
  void publishedLeisAreValid(String lei) {
    ValidationResult r = Lei.validate(lei);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.normalised()).isEqualTo(lei);
  }

  @Test
  void normalises() {
    assertThat(Lei.validate(" 7ltwfzyicnsx8d621k86 ").normalised())
        .isEqualTo("7LTWFZYICNSX8D621K86");
    assertThat(Lei.validate("5493 001K JTII GC8Y 1R12").normalised())
        .isEqualTo("5493001KJTIIGC8Y1R12");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HWUPKR0MPOU8FGXBT39|LEI must have 20 characters",
        "HWUPKR0MPOU8FGXBT3945|LEI must have 20 characters",
        "HWUPKR0MPOU8FGXBT395|LEI check digits invalid",
        // a character of the entity part changed
        "HWUPKR0MPOU8FGXBU394|LEI check digits invalid",
        // two adjacent characters swapped
        "7LTWFZYICNSX8D612K86|LEI check digits invalid",
        "HWUPKR0MPOU8FGXBT3A4|LEI check digits (characters 19-20) must be digits",
        "HWUPKR0MPOU8FGXB.394|LEI contains invalid character '.'"
      })
  void invalidWithReason(String lei, String reason) {
    ValidationResult r = Lei.validate(lei);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }
}
