package org.sequestra.registry.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;

/**
 * Collects the field-level problems of one request so that the caller hears about all of them at
 * once, and the non-binding warnings to show with a request that passes. Field names are JSON paths
 * of the request body ({@code identifiers.iban}); reasons come verbatim from the validators.
 */
public final class FieldChecks {

  private final List<Violation> violations = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** The validator's result for a present value; {@code null} (and no check) when absent. */
  public ValidationResult identifier(String field, IdentifierType type, String value) {
    if (value == null) {
      return null;
    }
    ValidationResult result = Identifiers.validate(type, value);
    if (!result.valid()) {
      reject(field, result.reason());
    } else {
      warnings.addAll(result.warnings());
    }
    return result;
  }

  /** The normalised form of a present, valid value; otherwise {@code null}. */
  public String normalised(String field, IdentifierType type, String value) {
    ValidationResult result = identifier(field, type, value);
    return result != null && result.valid() ? result.normalised() : null;
  }

  /** An ISO 3166-1 alpha-2 country code, upper-cased; {@code null} when absent or invalid. */
  public String country(String field, String value) {
    return normalised(field, IdentifierType.COUNTRY_CODE, value);
  }

  public void reject(String field, String reason) {
    violations.add(new Violation(field, reason));
  }

  /** Records a violation unless {@code condition} holds. */
  public void require(boolean condition, String field, String reason) {
    if (!condition) {
      reject(field, reason);
    }
  }

  public void warn(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  public boolean hasViolations() {
    return !violations.isEmpty();
  }

  /** 400 with every violation found so far, if any, ordered by field like the contract's checks. */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.stream().sorted(Comparator.comparing(Violation::field)).toList());
    }
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Trimmed text, or {@code null} for absent or blank text. */
  public static String text(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
