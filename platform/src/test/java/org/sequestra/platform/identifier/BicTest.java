package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicTest {

  /**
   * Published BICs: DEUTDEFF (Deutsche Bank, Frankfurt), NEDSZAJJXXX and UBSWCHZH80A (examples of
   * the Wikipedia "ISO 9362" article), POFICHBEXXX (PostFinance, in
   * shared/data/camt053_v04_postfinance_sample.xml), CITTGB2LPBG, ICBCUS4CXXX, MLCOUS33XXX
   * (shared/data/pacs008_v07_prowide_sample.xml), DABAIE2D
   * (shared/data/camt053_v02_multi_statement_genkgo.xml), RBKOXKPR (Raiffeisen Bank Kosovo, country
   * XK).
   */
  @ParameterizedTest
  @CsvSource({
    "DEUTDEFF,DEUTDEFF,DEUTDEFFXXX",
    "deutdeff500,DEUTDEFF500,DEUTDEFF500",
    "NEDSZAJJXXX,NEDSZAJJXXX,NEDSZAJJXXX",
    "UBSWCHZH80A,UBSWCHZH80A,UBSWCHZH80A",
    "POFICHBEXXX,POFICHBEXXX,POFICHBEXXX",
    "CITTGB2LPBG,CITTGB2LPBG,CITTGB2LPBG",
    "ICBCUS4CXXX,ICBCUS4CXXX,ICBCUS4CXXX",
    "MLCOUS33XXX,MLCOUS33XXX,MLCOUS33XXX",
    "'DABA IE 2D',DABAIE2D,DABAIE2DXXX",
    "RBKOXKPR,RBKOXKPR,RBKOXKPRXXX"
  })
  void valid(String bic, String normalised, String key) {
    ValidationResult r = Bic.validate(bic);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.normalised()).isEqualTo(normalised);
    assertThat(r.key()).isEqualTo(key);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void eightAndElevenCharacterFormsOfThePrimaryOfficeMatch() {
    assertThat(Bic.validate("POFICHBE").key()).isEqualTo(Bic.validate("POFICHBEXXX").key());
  }

  @Test
  void testAndTrainingBicIsValidWithWarning() {
    ValidationResult r = Bic.validate("DEUTDEF0");
    assertThat(r.valid()).isTrue();
    assertThat(r.warnings())
        .containsExactly("BIC DEUTDEF0 is a test and training BIC (location code ends in 0)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DEUTDEF|BIC must have 8 or 11 characters",
        "DEUTDEFF5|BIC must have 8 or 11 characters",
        "DEUTDEFF5000|BIC must have 8 or 11 characters",
        "DEU1DEFF|BIC institution code (characters 1-4) must be letters",
        "DEUT1EFF|BIC country code (characters 5-6) must be letters",
        "DEUTXXFF|unknown BIC country XX",
        "DEUTUKFF|unknown BIC country UK",
        "DEUTDE-F|BIC contains invalid character '-'",
        "DEUTDEFF_00|BIC contains invalid character '_'"
      })
  void invalidWithReason(String bic, String reason) {
    ValidationResult r = Bic.validate(bic);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }

  @Test
  void missing() {
    assertThat(Bic.validate(null).reason()).isEqualTo("BIC is missing");
  }
}
