package org.sequestra.platform.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * BIC, ISO 9362: 4-letter institution (party prefix), 2-letter country (ISO 3166-1, plus XK),
 * 2-character location, optional 3-character branch; 8 or 11 characters.
 *
 * <p>Normalised form: whitespace removed, upper-cased, as written (8 or 11 characters). Matching
 * key: the 11-character form, since an 8-character BIC denotes the primary office, which is branch
 * {@code XXX}. A location code ending in {@code 0} marks a test-and-training BIC: valid, with a
 * warning.
 */
public final class Bic {

  private static final IdentifierType TYPE = IdentifierType.BIC;

  private Bic() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("BIC", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.stripAllSpaces(raw));
    if (s.length() != 8 && s.length() != 11) {
      return ValidationResult.invalid(TYPE, "BIC must have 8 or 11 characters");
    }
    int bad = Text.firstNonAlnum(s);
    if (bad >= 0) {
      return ValidationResult.invalid(
          TYPE, "BIC contains invalid character " + Text.show(s.charAt(bad)));
    }
    for (int i = 0; i < 4; i++) {
      if (!Text.isUpperAsciiLetter(s.charAt(i))) {
        return ValidationResult.invalid(
            TYPE, "BIC institution code (characters 1-4) must be letters");
      }
    }
    String country = s.substring(4, 6);
    if (!Text.isUpperAsciiLetter(country.charAt(0))
        || !Text.isUpperAsciiLetter(country.charAt(1))) {
      return ValidationResult.invalid(TYPE, "BIC country code (characters 5-6) must be letters");
    }
    if (!CountryCode.isKnown(country)) {
      return ValidationResult.invalid(TYPE, "unknown BIC country " + country);
    }
    List<String> warnings = new ArrayList<>();
    if (s.charAt(7) == '0') {
      warnings.add(
          "BIC " + s.substring(0, 8) + " is a test and training BIC (location code ends in 0)");
    }
    String key = s.length() == 8 ? s + "XXX" : s;
    return ValidationResult.valid(TYPE, s, key, warnings);
  }
}
