package org.sequestra.platform.identifier;

import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * ISO 4217 alphabetic currency code, checked against the JDK's currency data ({@link
 * Currency#getInstance(String)}), upper-cased.
 *
 * <p>The JDK also knows withdrawn currencies (DEM, FRF, HRK ...). They stay valid, since old assets
 * and transactions are recorded in them, but carry a warning; so do the codes for testing (XTS) and
 * for "no currency" (XXX).
 */
public final class CurrencyCode {

  private static final IdentifierType TYPE = IdentifierType.CURRENCY_CODE;

  /** Withdrawn codes (ISO 4217 list three) that the JDK still returns. */
  private static final Set<String> WITHDRAWN =
      Set.of(
          "ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB", "BYR", "CSD", "CYP", "DEM", "EEK",
          "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF",
          "MRO", "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SRG", "STD", "TMM",
          "TPE", "TRL", "USS", "VEB", "VEF", "XFO", "XFU", "YUM", "ZMK", "ZWD", "ZWN", "ZWR");

  private CurrencyCode() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("currency code", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.upper(Text.trim(raw));
    if (s.length() != 3
        || !Text.isUpperAsciiLetter(s.charAt(0))
        || !Text.isUpperAsciiLetter(s.charAt(1))
        || !Text.isUpperAsciiLetter(s.charAt(2))) {
      return ValidationResult.invalid(TYPE, "currency code must be 3 letters (ISO 4217)");
    }
    try {
      Currency.getInstance(s);
    } catch (IllegalArgumentException e) {
      return ValidationResult.invalid(TYPE, "unknown ISO 4217 currency code " + s);
    }
    if (WITHDRAWN.contains(s)) {
      return ValidationResult.valid(
          TYPE, s, s, List.of(s + " is a withdrawn ISO 4217 currency (historic amounts only)"));
    }
    if (s.equals("XTS")) {
      return ValidationResult.valid(TYPE, s, s, List.of("XTS is reserved for testing"));
    }
    if (s.equals("XXX")) {
      return ValidationResult.valid(TYPE, s, s, List.of("XXX means no currency is involved"));
    }
    return ValidationResult.valid(TYPE, s);
  }
}
