package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifiersTest {

  /** One valid and one invalid example per type, through the single entry point. */
  private static final Map<IdentifierType, List<String>> EXAMPLES =
      Map.of(
          IdentifierType.IBAN, List.of("CH03 0900 0000 2500 9034 2", "CH1111111111111111111"),
          IdentifierType.BIC, List.of("POFICHBEXXX", "POFICHBEXX"),
          IdentifierType.LEI, List.of("HWUPKR0MPOU8FGXBT394", "HWUPKR0MPOU8FGXBT395"),
          IdentifierType.VIN, List.of("1M8GDM9AXKP042788", "1M8GDM9A1KP042788"),
          IdentifierType.IMO_NUMBER, List.of("IMO 9074729", "IMO 9074728"),
          IdentifierType.BITCOIN_ADDRESS,
              List.of(
                  "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                  "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"),
          IdentifierType.ETHEREUM_ADDRESS,
              List.of(
                  "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                  "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
          IdentifierType.ISIN, List.of("US0378331005", "US0378331006"),
          IdentifierType.COUNTRY_CODE, List.of("ch", "XX"),
          IdentifierType.CURRENCY_CODE, List.of("chf", "XYZ"));

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void dispatchesEveryType(IdentifierType type) {
    List<String> examples = EXAMPLES.get(type);
    assertThat(examples).as("example for %s", type).isNotNull();
    ValidationResult ok = Identifiers.validate(type, examples.get(0));
    assertThat(ok.type()).isEqualTo(type);
    assertThat(ok.valid()).as(ok.reason()).isTrue();
    assertThat(ok.reason()).isNull();
    assertThat(ok.normalised()).isNotBlank();
    assertThat(ok.key()).isNotBlank();
    assertThat(Identifiers.requireValid(type, examples.get(0))).isEqualTo(ok.normalised());

    ValidationResult bad = Identifiers.validate(type, examples.get(1));
    assertThat(bad.type()).isEqualTo(type);
    assertThat(bad.valid()).isFalse();
    assertThat(bad.reason()).isNotBlank();
    assertThat(bad.normalised()).isNull();
    assertThat(bad.key()).isNull();
    assertThatThrownBy(() -> Identifiers.requireValid(type, examples.get(1)))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              assertThat(e.type()).isEqualTo(type);
              assertThat(e.getMessage()).isEqualTo(bad.reason());
            });
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void missingEmptyAndHugeInputsAreInvalidNotExceptions(IdentifierType type) {
    assertThat(Identifiers.validate(type, null).reason()).endsWith(" is missing");
    assertThat(Identifiers.validate(type, "").reason()).endsWith(" is empty");
    assertThat(Identifiers.validate(type, " \t ").reason()).endsWith(" is empty");
    assertThat(Identifiers.validate(type, "1".repeat(10_000)).reason()).endsWith(" is too long");
    for (String junk : List.of("?", "\u0000", "ä", "\uD83D\uDE00", "0x", "1", "IBAN", "IMO")) {
      assertThat(Identifiers.validate(type, junk).valid()).as("%s %s", type, junk).isFalse();
    }
  }

  /**
   * Unicode case mapping must not turn look-alikes into ASCII (U+017F long s, U+0131 dotless i).
   */
  @Test
  void nonAsciiLettersAreNotCaseMappedIntoValidIdentifiers() {
    assertThat(Isin.validate("u\u017f0378331005").reason())
        .isEqualTo("ISIN contains invalid character U+017F");
    assertThat(Iban.validate("ch93 0076 2011 6238 5295 7").valid()).isTrue();
    assertThat(Iban.validate("\u0131ban CH93 0076 2011 6238 5295 7").valid()).isFalse();
    assertThat(CountryCode.validate("\u0131t").valid()).isFalse();
  }

  @Test
  void apiErrorExamplesFromTheBrief() {
    assertThat(Identifiers.validate(IdentifierType.IBAN, "CH1111111111111111111").reason())
        .isEqualTo("IBAN check digits invalid");
    assertThat(Identifiers.validate(IdentifierType.IBAN, "XX00123").reason())
        .isEqualTo("unknown IBAN country XX");
    assertThat(Identifiers.validate(IdentifierType.IBAN, "NL91ABNA041716430").reason())
        .isEqualTo("IBAN for NL must have 18 characters");
    ValidationResult vin = Identifiers.validate(IdentifierType.VIN, "WP0ZZZ99ZTS392124");
    assertThat(vin.valid()).isTrue();
    assertThat(vin.warnings())
        .containsExactly("VIN check digit does not match (not binding outside North America)");
  }

  @Test
  void resultInvariants() {
    assertThatThrownBy(
            () -> new ValidationResult(IdentifierType.IBAN, true, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new ValidationResult(IdentifierType.IBAN, false, "X", "X", "reason", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ValidationResult.invalid(IdentifierType.BIC, "r").warnings()).isEmpty();
    assertThatThrownBy(() -> Identifiers.validate(null, "x"))
        .isInstanceOf(NullPointerException.class);
  }

  /**
   * Every IBAN and BIC of the PostFinance camt.053 sample (shared/data, beside the repository;
   * skipped where that folder is absent): the three deliberately invalid IBANs fail on the check
   * digits, all other account numbers are valid.
   */
  @Test
  void postFinanceCamt053Sample() throws Exception {
    // a copy of ../shared/data/camt053_v04_postfinance_sample.xml (see its SOURCES.md)
    String xml;
    try (var in = getClass().getResourceAsStream("/samples/camt053_v04_postfinance_sample.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> valid = new TreeSet<>();
    Set<String> invalid = new TreeSet<>();
    Matcher m = Pattern.compile("<IBAN>([^<]*)</IBAN>").matcher(xml);
    while (m.find()) {
      ValidationResult r = Identifiers.validate(IdentifierType.IBAN, m.group(1));
      (r.valid() ? valid : invalid).add(m.group(1));
      if (!r.valid()) {
        assertThat(r.reason()).isEqualTo("IBAN check digits invalid");
      }
    }
    assertThat(invalid)
        .containsExactly("CH0000000000000000000", "CH1111111111111111111", "CH4444444444444444444");
    assertThat(valid).contains("CH0309000000250090342").hasSize(4);
    Matcher bic = Pattern.compile("<BICFI>([^<]*)</BICFI>").matcher(xml);
    int bics = 0;
    while (bic.find()) {
      assertThat(Identifiers.isValid(IdentifierType.BIC, bic.group(1))).isTrue();
      bics++;
    }
    assertThat(bics).isPositive();
  }
}
