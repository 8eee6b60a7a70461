package org.sequestra.platform.identifier;

/**
 * IMO ship identification number (IMO Resolution A.1117(30), SOLAS XI-1/3): seven digits, the last
 * being a check digit: the sum of the first six digits weighted 7, 6, 5, 4, 3, 2, modulo 10.
 *
 * <p>Accepts an optional {@code IMO} prefix, with or without a space, colon or hyphen. Normalised
 * form and key: the seven digits alone.
 */
public final class ImoNumber {

  private static final IdentifierType TYPE = IdentifierType.IMO_NUMBER;

  private ImoNumber() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("IMO number", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.trim(raw));
    if (s.startsWith("IMO")) {
      s = s.substring(3);
      if (!s.isEmpty() && (s.charAt(0) == ':' || s.charAt(0) == '-')) {
        s = s.substring(1);
      }
      s = Text.trim(s);
    }
    if (s.length() != 7) {
      return ValidationResult.invalid(TYPE, "IMO number must have 7 digits");
    }
    for (int i = 0; i < 7; i++) {
      if (!Text.isDigit(s.charAt(i))) {
        return ValidationResult.invalid(TYPE, "IMO number must have 7 digits");
      }
    }
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (s.charAt(i) - '0') * (7 - i);
    }
    if (sum % 10 != s.charAt(6) - '0') {
      return ValidationResult.invalid(TYPE, "IMO number check digit invalid");
    }
    return ValidationResult.valid(TYPE, s);
  }
}
