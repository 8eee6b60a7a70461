package org.sequestra.platform.identifier;

import java.util.List;

/**
 * VIN, ISO 3779: 17 characters from A-Z and 0-9 without I, O and Q.
 *
 * <p>The check digit at position 9 (ISO 3779 leaves it optional; 49 CFR 565 makes it mandatory in
 * North America) is binding only when the first character, the region of the world manufacturer
 * identifier, is 1-5 (United States, Canada, Mexico). Elsewhere a mismatch leaves the VIN valid
 * with a warning, since many European and Asian manufacturers put a letter or an unrelated digit
 * there. Normalised form and key: whitespace removed, upper-cased.
 */
public final class Vin {

  private static final IdentifierType TYPE = IdentifierType.VIN;
  static final String CHECK_DIGIT_WARNING =
      "VIN check digit does not match (not binding outside North America)";

  /** Position weights (49 CFR 565.15, table IV); position 9 holds the check digit itself. */
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  private Vin() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("VIN", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.stripAllSpaces(raw));
    if (s.length() != 17) {
      return ValidationResult.invalid(TYPE, "VIN must have 17 characters");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'I' || c == 'O' || c == 'Q') {
        return ValidationResult.invalid(TYPE, "VIN must not contain the letters I, O or Q");
      }
      if (!Text.isUpperAlnum(c)) {
        return ValidationResult.invalid(TYPE, "VIN contains invalid character " + Text.show(c));
      }
    }
    if (s.charAt(8) == checkDigit(s)) {
      return ValidationResult.valid(TYPE, s);
    }
    char region = s.charAt(0);
    if (region >= '1' && region <= '5') {
      return ValidationResult.invalid(TYPE, "VIN check digit does not match");
    }
    return ValidationResult.valid(TYPE, s, s, List.of(CHECK_DIGIT_WARNING));
  }

  /** The check digit (0-9 or X) the VIN should carry at position 9. */
  static char checkDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
    }
    int r = sum % 11;
    return r == 10 ? 'X' : (char) ('0' + r);
  }

  /** 49 CFR 565.15 table: A-H = 1-8, J-N = 1-5, P = 7, R = 9, S-Z = 2-9. */
  private static int transliterate(char c) {
    if (Text.isDigit(c)) {
      return c - '0';
    }
    return switch (c) {
      case 'A', 'J' -> 1;
      case 'B', 'K', 'S' -> 2;
      case 'C', 'L', 'T' -> 3;
      case 'D', 'M', 'U' -> 4;
      case 'E', 'N', 'V' -> 5;
      case 'F', 'W' -> 6;
      case 'G', 'P', 'X' -> 7;
      case 'H', 'Y' -> 8;
      case 'R', 'Z' -> 9;
      default -> throw new IllegalArgumentException("not a VIN character: " + c);
    };
  }
}
