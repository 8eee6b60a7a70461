package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

  /**
   * North American VINs with a correct check digit: 1M8GDM9AXKP042788 (check digit X: the worked
   * example of the Wikipedia "Vehicle identification number" article), 11111111111111111 (the
   * well-known all-ones VIN whose check digit is 1), 1HGCM82633A004352, 5GZCZ43D13S812715 and
   * JH4KA7561PC008269 (VINs used as examples by public VIN decoders).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1M8GDM9AXKP042788",
        "11111111111111111",
        "1HGCM82633A004352",
        "5GZCZ43D13S812715",
        "JH4KA7561PC008269"
      })
  void checkDigitMatches(String vin) {
    ValidationResult r = Vin.validate(vin);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.warnings()).isEmpty();
    assertThat(Vin.checkDigit(vin)).isEqualTo(vin.charAt(8));
  }

  /**
   * WP0ZZZ99ZTS392124 is the Porsche example of the Wikipedia article: European manufacturers put
   * 'Z' filler at position 9, so the check digit does not match; valid with a warning. The other
   * two are synthetic (Volkswagen and Renault manufacturer codes WVW, VF1).
   */
  @ParameterizedTest
  @ValueSource(strings = {"WP0ZZZ99ZTS392124", "WVWZZZ1JZXW000001", "VF1AAAAA555555555"})
  void outsideNorthAmericaTheCheckDigitIsNotBinding(String vin) {
    ValidationResult r = Vin.validate(vin);
    assertThat(r.valid()).isTrue();
    assertThat(r.normalised()).isEqualTo(vin);
    assertThat(r.warnings())
        .containsExactly("VIN check digit does not match (not binding outside North America)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 1M8GDM9AXKP042788 with the check digit replaced
        "1M8GDM9A1KP042788|VIN check digit does not match",
        // last digit changed: US (1), Canada (2), Mexico (3), US (4, 5)
        "1M8GDM9AXKP042789|VIN check digit does not match",
        "2M8GDM9AXKP042788|VIN check digit does not match",
        "3M8GDM9AXKP042788|VIN check digit does not match",
        "5GZCZ43D13S812716|VIN check digit does not match",
        "1M8GDM9AXKP04278|VIN must have 17 characters",
        "1M8GDM9AXKP0427888|VIN must have 17 characters",
        "1M8GDM9AXKP0427O8|VIN must not contain the letters I, O or Q",
        "1M8GDM9AXKP0427I8|VIN must not contain the letters I, O or Q",
        "WP0ZZZ99ZTS39212Q|VIN must not contain the letters I, O or Q",
        "1M8GDM9AXKP0427-8|VIN contains invalid character '-'"
      })
  void invalidWithReason(String vin, String reason) {
    ValidationResult r = Vin.validate(vin);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }

  @Test
  void normalises() {
    assertThat(Vin.validate(" 1m8gdm9axkp042788 ").normalised()).isEqualTo("1M8GDM9AXKP042788");
  }
}
