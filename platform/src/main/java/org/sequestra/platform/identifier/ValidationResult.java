package org.sequestra.platform.identifier;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of validating one identifier.
 *
 * @param type what was validated
 * @param valid whether the value is acceptable
 * @param normalised the canonical written form (e.g. IBAN without spaces, upper-case), {@code null}
 *     when invalid
 * @param key the key for cross-agency matching: compare {@code (type, key)} pairs. Equal to {@code
 *     normalised} except where the written form carries more than the identity (BIC: the
 *     11-character form, so {@code DEUTDEFF} and {@code DEUTDEFFXXX} match; wallet addresses:
 *     {@code chain:address}, Ethereum lower-cased). {@code null} when invalid
 * @param reason a precise human reason when invalid, {@code null} when valid; it is meant to go
 *     verbatim into an API error message
 * @param warnings checks that failed but that the standard does not make binding, or facts the
 *     caller should see (e.g. a testnet wallet); never {@code null}
 */
public record ValidationResult(
    IdentifierType type,
    boolean valid,
    String normalised,
    String key,
    String reason,
    List<String> warnings) {

  public ValidationResult {
    Objects.requireNonNull(type, "type");
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    if (valid) {
      Objects.requireNonNull(normalised, "normalised");
      Objects.requireNonNull(key, "key");
      if (reason != null) {
        throw new IllegalArgumentException("a valid result has no reason");
      }
    } else {
      Objects.requireNonNull(reason, "reason");
      if (normalised != null || key != null) {
        throw new IllegalArgumentException("an invalid result has no normalised form");
      }
    }
  }

  public static ValidationResult valid(IdentifierType type, String normalised) {
    return new ValidationResult(type, true, normalised, normalised, null, List.of());
  }

  public static ValidationResult valid(
      IdentifierType type, String normalised, String key, List<String> warnings) {
    return new ValidationResult(type, true, normalised, key, null, warnings);
  }

  public static ValidationResult invalid(IdentifierType type, String reason) {
    return new ValidationResult(type, false, null, null, reason, List.of());
  }

  /** Whether there is at least one warning. */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  /** The normalised form, or an {@link InvalidIdentifierException} carrying {@link #reason()}. */
  public String requireValid() {
    if (!valid) {
      throw new InvalidIdentifierException(type, reason);
    }
    return normalised;
  }
}
