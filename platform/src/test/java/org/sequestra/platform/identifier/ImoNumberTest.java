package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImoNumberTest {

  /**
   * IMO 9074729: the worked example of the Wikipedia "IMO number" article (9×7 + 0×6 + 7×5 + 4×4 +
   * 7×3 + 2×2 = 139, check digit 9). IMO 9811000 (Ever Given) and IMO 9241061 (Queen Mary 2) are
   * published ship numbers.
   */
  @ParameterizedTest
  @CsvSource({
    "IMO 9074729,9074729",
    "IMO9074729,9074729",
    "imo 9074729,9074729",
    "IMO: 9074729,9074729",
    "9074729,9074729",
    "9811000,9811000",
    "' IMO 9241061 ',9241061"
  })
  void valid(String imo, String normalised) {
    ValidationResult r = ImoNumber.validate(imo);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.normalised()).isEqualTo(normalised);
    assertThat(r.key()).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "IMO 9074728|IMO number check digit invalid",
        "9704729|IMO number check digit invalid",
        "9241062|IMO number check digit invalid",
        "907472|IMO number must have 7 digits",
        "90747290|IMO number must have 7 digits",
        "IMO 907472A|IMO number must have 7 digits",
        "IMO|IMO number must have 7 digits",
        "MMSI 9074729|IMO number must have 7 digits"
      })
  void invalidWithReason(String imo, String reason) {
    ValidationResult r = ImoNumber.validate(imo);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }
}
