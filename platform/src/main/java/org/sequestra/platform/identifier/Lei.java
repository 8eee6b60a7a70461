package org.sequestra.platform.identifier;

/**
 * LEI, ISO 17442: 18 alphanumeric characters and 2 check digits; the whole code satisfies ISO 7064
 * MOD 97-10 (letters count as 10..35, remainder 1). Normalised form and key: whitespace removed,
 * upper-cased.
 */
public final class Lei {

  private static final IdentifierType TYPE = IdentifierType.LEI;

  private Lei() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("LEI", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.stripAllSpaces(raw));
    if (s.length() != 20) {
      return ValidationResult.invalid(TYPE, "LEI must have 20 characters");
    }
    int bad = Text.firstNonAlnum(s);
    if (bad >= 0) {
      return ValidationResult.invalid(
          TYPE, "LEI contains invalid character " + Text.show(s.charAt(bad)));
    }
    if (!Text.isDigit(s.charAt(18)) || !Text.isDigit(s.charAt(19))) {
      return ValidationResult.invalid(TYPE, "LEI check digits (characters 19-20) must be digits");
    }
    if (Text.mod97(s) != 1) {
      return ValidationResult.invalid(TYPE, "LEI check digits invalid");
    }
    return ValidationResult.valid(TYPE, s);
  }
}
