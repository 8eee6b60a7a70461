package org.sequestra.platform.identifier;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country code, checked against the JDK's list ({@link
 * Locale#getISOCountries(Locale.IsoCountryCode)}), upper-cased.
 *
 * <p>Two codes outside ISO 3166-1 get special treatment because they appear in European casework:
 * {@code XK} (Kosovo: user-assigned, used by the EU, SWIFT and the IBAN registry) is accepted with
 * a warning; the exceptionally reserved {@code UK} and {@code EL} (EU usage for Greece) are refused
 * with a hint to the ISO code.
 */
public final class CountryCode {

  private static final IdentifierType TYPE = IdentifierType.COUNTRY_CODE;
  private static final Set<String> ISO =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
  private static final Map<String, String> RESERVED = Map.of("UK", "GB", "EL", "GR");
  static final String KOSOVO = "XK";

  private CountryCode() {}

  /** Whether the upper-case code is an ISO 3166-1 alpha-2 code (without the XK exception). */
  public static boolean isIsoCountry(String code) {
    return code != null && ISO.contains(code);
  }

  /** ISO 3166-1 or XK: the codes accepted where a country is part of another identifier (BIC). */
  static boolean isKnown(String code) {
    return isIsoCountry(code) || KOSOVO.equals(code);
  }

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("country code", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.trim(raw));
    if (s.length() != 2
        || !Text.isUpperAsciiLetter(s.charAt(0))
        || !Text.isUpperAsciiLetter(s.charAt(1))) {
      return ValidationResult.invalid(TYPE, "country code must be 2 letters (ISO 3166-1 alpha-2)");
    }
    if (ISO.contains(s)) {
      return ValidationResult.valid(TYPE, s);
    }
    if (KOSOVO.equals(s)) {
      return ValidationResult.valid(
          TYPE, s, s, List.of("XK (Kosovo) is a user-assigned code, not part of ISO 3166-1"));
    }
    String iso = RESERVED.get(s);
    if (iso != null) {
      return ValidationResult.invalid(
          TYPE, s + " is not an ISO 3166-1 country code (use " + iso + ")");
    }
    return ValidationResult.invalid(TYPE, "unknown ISO 3166-1 country code " + s);
  }
}
