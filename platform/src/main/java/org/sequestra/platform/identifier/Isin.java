package org.sequestra.platform.identifier;

import java.util.List;
import java.util.Set;

/**
 * ISIN, ISO 6166: 2-letter prefix, 9 alphanumeric characters (the national number), 1 check digit
 * computed by the Luhn algorithm over the digit expansion (A=10 ... Z=35) of the first 11
 * characters.
 *
 * <p>The prefix is normally the issuer's ISO 3166-1 country; ISO 6166 also allocates a few others
 * (XS for international securities in Euroclear and Clearstream, EU for European Union issues,
 * XA-XD for CUSIP substitutes, XK). Any other letters pass with a warning, since numbering agencies
 * may use further codes, while the check digit still has to match. Note that the Luhn check over
 * the expansion misses some transpositions (e.g. AU0000XVGZA3 and AU0000VXGZA3 both pass).
 * Normalised form and key: whitespace removed, upper-cased.
 */
public final class Isin {

  private static final IdentifierType TYPE = IdentifierType.ISIN;
  private static final Set<String> SPECIAL_PREFIXES =
      Set.of("XS", "EU", "XA", "XB", "XC", "XD", "XK");

  private Isin() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("ISIN", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.stripAllSpaces(raw));
    if (s.length() != 12) {
      return ValidationResult.invalid(TYPE, "ISIN must have 12 characters");
    }
    int bad = Text.firstNonAlnum(s);
    if (bad >= 0) {
      return ValidationResult.invalid(
          TYPE, "ISIN contains invalid character " + Text.show(s.charAt(bad)));
    }
    if (!Text.isUpperAsciiLetter(s.charAt(0)) || !Text.isUpperAsciiLetter(s.charAt(1))) {
      return ValidationResult.invalid(TYPE, "ISIN must start with a 2-letter country code");
    }
    if (!Text.isDigit(s.charAt(11))) {
      return ValidationResult.invalid(TYPE, "ISIN check digit (character 12) must be a digit");
    }
    if (checkDigit(s.substring(0, 11)) != s.charAt(11) - '0') {
      return ValidationResult.invalid(TYPE, "ISIN check digit invalid");
    }
    String prefix = s.substring(0, 2);
    if (!CountryCode.isIsoCountry(prefix) && !SPECIAL_PREFIXES.contains(prefix)) {
      return ValidationResult.valid(
          TYPE, s, s, List.of("ISIN prefix " + prefix + " is not an ISO 3166-1 country code"));
    }
    return ValidationResult.valid(TYPE, s);
  }

  /** Luhn check digit over the digit expansion of the 11-character body. */
  static int checkDigit(String body) {
    StringBuilder digits = new StringBuilder(22);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      digits.append(Text.isDigit(c) ? String.valueOf(c - '0') : String.valueOf(c - 'A' + 10));
    }
    int sum = 0;
    boolean doubleIt = true; // the rightmost digit of the body is doubled (the check digit follows)
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }
}
