package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsinTest {

  /**
   * US0378331005 (Apple), AU0000XVGZA3 (Treasury Corporation of Victoria) and GB0002634946 (BAE
   * Systems) are the worked examples of the Wikipedia "International Securities Identification
   * Number" article; US5949181045 (Microsoft), DE000BAY0017 (Bayer), CH0012221716 (ABB),
   * NL0000009165 (Heineken), FR0000120271 (TotalEnergies) are published listings.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "US0378331005",
        "AU0000XVGZA3",
        "GB0002634946",
        "US5949181045",
        "DE000BAY0017",
        "CH0012221716",
        "NL0000009165",
        "FR0000120271"
      })
  void valid(String isin) {
    ValidationResult r = Isin.validate(isin);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.warnings()).isEmpty();
  }

  /** The Wikipedia article's example of a transposition the ISIN check digit does not catch. */
  @Test
  void luhnOverTheExpansionMissesSomeTranspositions() {
    assertThat(Isin.isValid("AU0000VXGZA3")).isTrue();
  }

  @Test
  void internationalPrefixIsAcceptedOtherNonCountryPrefixWarns() {
    String xs = "XS000000000" + Isin.checkDigit("XS000000000");
    assertThat(Isin.validate(xs).warnings()).isEmpty();
    String qq = "QQ123456789" + Isin.checkDigit("QQ123456789");
    ValidationResult r = Isin.validate(qq);
    assertThat(r.valid()).isTrue();
    assertThat(r.warnings()).containsExactly("ISIN prefix QQ is not an ISO 3166-1 country code");
  }

  @Test
  void normalises() {
    assertThat(Isin.validate(" us0378331005").normalised()).isEqualTo("US0378331005");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "US0378331006|ISIN check digit invalid",
        "US0373831005|ISIN check digit invalid",
        "GB0002634947|ISIN check digit invalid",
        "US037833100|ISIN must have 12 characters",
        "US03783310055|ISIN must have 12 characters",
        "1S0378331005|ISIN must start with a 2-letter country code",
        "US037833100X|ISIN check digit (character 12) must be a digit",
        "US03783310-5|ISIN contains invalid character '-'"
      })
  void invalidWithReason(String isin, String reason) {
    ValidationResult r = Isin.validate(isin);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }
}
