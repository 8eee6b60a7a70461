package org.sequestra.freezing.certificate;

import java.util.ArrayList;
import java.util.List;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.platform.web.Violation;

/** Collects every fault of a certificate, each named by its field path. */
final class Faults {

  private final List<Violation> found = new ArrayList<>();

  List<Violation> list() {
    return List.copyOf(found);
  }

  void add(String field, String reason) {
    found.add(new Violation(field, reason));
  }

  void require(boolean holds, String field, String reason) {
    if (!holds) {
      add(field, reason);
    }
  }

  /** True when the section is there; otherwise records it as missing. */
  boolean present(Object section, String field) {
    if (section == null) {
      add(field, "is required");
      return false;
    }
    return true;
  }

  void text(String value, String field) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
    }
  }

  void identifier(IdentifierType type, String value, String field) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
      return;
    }
    ValidationResult result = Identifiers.validate(type, value);
    if (!result.valid()) {
      add(field, result.reason());
    }
  }
}
