package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  /** Example IBANs of the SWIFT IBAN Registry (release 101), one per country listed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "AT611904300234573201",
        "BE68539007547034",
        "BR1800360305000010009795493C1",
        "CH9300762011623852957",
        "DE89370400440532013000",
        "EE382200221020145685",
        "ES9121000418450200051332",
        "FI2112345600000785",
        "FK88SC123456789012",
        "FR1420041010050500013M02606",
        "GB29NWBK60161331926819",
        "GR1601101250000000012300695",
        "HN88CABF00000000000250005469",
        "IE29AIBK93115212345678",
        "IT60X0542811101000000123456",
        "LC55HEMM000100010012001200023015",
        "LY83002048000020100120361",
        "MN121234123456789123",
        "MT84MALT011000012345MTLCAST001S",
        "NI45BAPR00000013000003558124",
        "NL91ABNA0417164300",
        "NO9386011117947",
        "OM810180000001299123456",
        "PL61109010140000071219812874",
        "PT50000201231234567890154",
        "RU0304452522540817810538091310419",
        "SC18SSCB11010000000000001497USD",
        "SE4550000000058398257466",
        "SO211000001001000100141",
        "XK051212012345678906",
        "YE15CBYE0001018861234567891234"
      })
  void registryExamplesAreValid(String iban) {
    ValidationResult r = Iban.validate(iban);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.normalised()).isEqualTo(iban);
    assertThat(r.key()).isEqualTo(iban);
    assertThat(r.warnings()).isEmpty();
  }

  /**
   * The PostFinance camt.053 sample (src/test/resources/samples/camt053_v04_postfinance_sample.xml,
   * see the SOURCES.md there): the statement account is valid; three counterparty IBANs are
   * deliberately invalid.
   */
  @Test
  void postFinanceSampleAccountIsValid() {
    assertThat(Iban.validate("CH0309000000250090342").valid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"CH1111111111111111111", "CH4444444444444444444", "CH0000000000000000000"})
  void postFinanceSampleDummyIbansFailTheCheckDigits(String iban) {
    ValidationResult r = Iban.validate(iban);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo("IBAN check digits invalid");
    assertThat(r.normalised()).isNull();
    assertThat(r.key()).isNull();
  }

  @Test
  void normalisesPrintFormatLowerCaseAndLabel() {
    assertThat(Iban.validate("ch93 0076 2011 6238 5295 7").normalised())
        .isEqualTo("CH9300762011623852957");
    assertThat(Iban.validate("  IBAN CH93 0076 2011 6238 5295 7 ").normalised())
        .isEqualTo("CH9300762011623852957");
    assertThat(Iban.validate("IBAN: DE89 3704 0044 0532 0130 00").normalised())
        .isEqualTo("DE89370400440532013000");
    // no-break spaces as pasted from PDFs
    assertThat(Iban.validate("GB29\u00a0NWBK\u00a06016\u00a01331\u00a09268\u00a019").valid())
        .isTrue();
  }

  @Test
  void printFormat() {
    assertThat(Iban.toPrintFormat("CH9300762011623852957")).isEqualTo("CH93 0076 2011 6238 5295 7");
    assertThatThrownBy(() -> Iban.toPrintFormat("CH1111111111111111111"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("IBAN check digits invalid");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "XX89370400440532013000|unknown IBAN country XX",
        "US64SVBKUS6S3300958879|unknown IBAN country US",
        "NL91ABNA041716430|IBAN for NL must have 18 characters",
        "NL91ABNA04171643000|IBAN for NL must have 18 characters",
        "DE8937040044053201300|IBAN for DE must have 22 characters",
        "GB28NWBK60161331926819|IBAN check digits invalid",
        // one digit of the BBAN changed
        "GB29NWBK60161331926818|IBAN check digits invalid",
        // two adjacent digits swapped
        "DE89370400440532031000|IBAN check digits invalid",
        "DE89-3704-0044-0532-0130-00|IBAN contains invalid character '-'",
        "DEXX370400440532013000|IBAN check digits must be 2 digits",
        "1289370400440532013000|IBAN must start with a 2-letter country code",
        "D|IBAN must start with a 2-letter country code",
        "IBAN|IBAN is empty"
      })
  void invalidWithReason(String iban, String reason) {
    ValidationResult r = Iban.validate(iban);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }

  /**
   * ISO 13616 check digits are 02..98. 00, 01 and 99 are congruent mod 97 to 97, 98 and 02, so an
   * IBAN written with them can pass MOD 97 and must still be refused.
   */
  @ParameterizedTest
  @CsvSource({"97,00", "98,01", "2,99"})
  void checkDigitsOutsideTwoToNinetyEightAreRefusedEvenWhenMod97Agrees(int real, String written) {
    String bban = bbanWithCheckDigits(real);
    assertThat(Iban.validate(String.format("GB%02d", real) + bban).valid()).isTrue();
    assertThat(Text.mod97(bban + "GB" + written)).isEqualTo(1);
    assertThat(Iban.validate("GB" + written + bban).reason())
        .isEqualTo("IBAN check digits invalid");
  }

  /** A UK-shaped BBAN whose correct IBAN check digits are {@code digits}. */
  private static String bbanWithCheckDigits(int digits) {
    for (long n = 0; ; n++) {
      String bban = String.format("NWBK%014d", n);
      if (98 - Text.mod97(bban + "GB00") == digits) {
        return bban;
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"CH,21", "NL,18", "NO,15", "LC,32", "RU,33", "GG,22", "AX,18", "RE,27"})
  void lengthTable(String country, int length) {
    assertThat(Iban.lengthFor(country)).contains(length);
  }

  @Test
  void missingAndBlank() {
    assertThat(Iban.validate(null).reason()).isEqualTo("IBAN is missing");
    assertThat(Iban.validate("   ").reason()).isEqualTo("IBAN is empty");
    assertThat(Iban.validate("X".repeat(500)).reason()).isEqualTo("IBAN is too long");
  }
}
