package org.sequestra.platform.identifier;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * IBAN, ISO 13616: country code, two check digits, country-specific BBAN; the whole IBAN has a
 * fixed length per country and passes ISO 7064 MOD 97-10.
 *
 * <p>Normalisation: whitespace removed (the printed form groups by four), an optional leading
 * {@code IBAN} label of the paper form removed, upper-cased. Normalised form and matching key are
 * that electronic form.
 *
 * <p>Written here rather than with iban4j: iban4j's exception messages embed the raw value and its
 * own wording, so we would map its exception types back to our reasons anyway, and a length table
 * plus MOD 97-10 is all ISO 13616 makes binding. The BBAN's internal structure and national check
 * digits are not checked (MOD 97 already catches every single-character error and nearly all
 * transpositions).
 */
public final class Iban {

  private static final IdentifierType TYPE = IdentifierType.IBAN;

  /**
   * IBAN length per country, from the SWIFT IBAN Registry (release 101, December 2025; 89
   * countries). Dependent territories that use their parent's format under their own code are
   * listed too (FI: AX; FR: GF GP MQ RE PF TF YT NC BL MF PM WF; GB: IM JE GG). Update this table
   * when SWIFT publishes a new release.
   */
  private static final Map<String, Integer> LENGTHS = new TreeMap<>();

  static {
    put(24, "AD");
    put(23, "AE");
    put(28, "AL");
    put(20, "AT");
    put(28, "AZ");
    put(20, "BA");
    put(16, "BE");
    put(22, "BG");
    put(22, "BH");
    put(27, "BI");
    put(29, "BR");
    put(28, "BY");
    put(21, "CH");
    put(22, "CR");
    put(28, "CY");
    put(24, "CZ");
    put(22, "DE");
    put(27, "DJ");
    put(18, "DK");
    put(28, "DO");
    put(20, "EE");
    put(29, "EG");
    put(24, "ES");
    put(18, "FI", "AX");
    put(18, "FK");
    put(18, "FO");
    put(27, "FR", "GF", "GP", "MQ", "RE", "PF", "TF", "YT", "NC", "BL", "MF", "PM", "WF");
    put(22, "GB", "IM", "JE", "GG");
    put(22, "GE");
    put(23, "GI");
    put(18, "GL");
    put(27, "GR");
    put(28, "GT");
    put(28, "HN");
    put(21, "HR");
    put(28, "HU");
    put(22, "IE");
    put(23, "IL");
    put(23, "IQ");
    put(26, "IS");
    put(27, "IT");
    put(30, "JO");
    put(30, "KW");
    put(20, "KZ");
    put(28, "LB");
    put(32, "LC");
    put(21, "LI");
    put(20, "LT");
    put(20, "LU");
    put(21, "LV");
    put(25, "LY");
    put(27, "MC");
    put(24, "MD");
    put(22, "ME");
    put(19, "MK");
    put(20, "MN");
    put(27, "MR");
    put(31, "MT");
    put(30, "MU");
    put(28, "NI");
    put(18, "NL");
    put(15, "NO");
    put(23, "OM");
    put(24, "PK");
    put(28, "PL");
    put(29, "PS");
    put(25, "PT");
    put(29, "QA");
    put(24, "RO");
    put(22, "RS");
    put(33, "RU");
    put(24, "SA");
    put(31, "SC");
    put(18, "SD");
    put(24, "SE");
    put(19, "SI");
    put(24, "SK");
    put(27, "SM");
    put(23, "SO");
    put(25, "ST");
    put(28, "SV");
    put(23, "TL");
    put(24, "TN");
    put(26, "TR");
    put(29, "UA");
    put(22, "VA");
    put(24, "VG");
    put(20, "XK");
    put(30, "YE");
  }

  private static void put(int length, String... countries) {
    for (String c : countries) {
      LENGTHS.put(c, length);
    }
  }

  private Iban() {}

  /** The IBAN length for a country code (upper-case), if that country uses IBANs. */
  public static Optional<Integer> lengthFor(String countryCode) {
    return Optional.ofNullable(LENGTHS.get(countryCode));
  }

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("IBAN", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.stripAllSpaces(raw));
    // The paper form may carry the label "IBAN" (or "IBAN:"); no country code is "IB", so this
    // loses
    // no real IBAN.
    if (s.startsWith("IBAN")) {
      s = s.substring(s.startsWith("IBAN:") ? 5 : 4);
    }
    if (s.isEmpty()) {
      return ValidationResult.invalid(TYPE, "IBAN is empty");
    }
    int bad = Text.firstNonAlnum(s);
    if (bad >= 0) {
      return ValidationResult.invalid(
          TYPE, "IBAN contains invalid character " + Text.show(s.charAt(bad)));
    }
    if (s.length() < 2
        || !Text.isUpperAsciiLetter(s.charAt(0))
        || !Text.isUpperAsciiLetter(s.charAt(1))) {
      return ValidationResult.invalid(TYPE, "IBAN must start with a 2-letter country code");
    }
    String country = s.substring(0, 2);
    Integer length = LENGTHS.get(country);
    if (length == null) {
      return ValidationResult.invalid(TYPE, "unknown IBAN country " + country);
    }
    if (s.length() != length) {
      return ValidationResult.invalid(
          TYPE, "IBAN for " + country + " must have " + length + " characters");
    }
    if (!Text.isDigit(s.charAt(2)) || !Text.isDigit(s.charAt(3))) {
      return ValidationResult.invalid(TYPE, "IBAN check digits must be 2 digits");
    }
    // ISO 13616 check digits lie in 02..98; 00, 01 and 99 are never issued even where MOD 97
    // agrees.
    int check = (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
    // MOD 97-10 of the BBAN followed by country code and check digits.
    if (check < 2 || check > 98 || Text.mod97(s, 0, 4, Text.mod97(s, 4, s.length(), 0)) != 1) {
      return ValidationResult.invalid(TYPE, "IBAN check digits invalid");
    }
    return ValidationResult.valid(TYPE, s);
  }

  /** The printed form: groups of four separated by a space. The input must be valid. */
  public static String toPrintFormat(String raw) {
    String s = validate(raw).requireValid();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += 4) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(s, i, Math.min(i + 4, s.length()));
    }
    return b.toString();
  }
}
