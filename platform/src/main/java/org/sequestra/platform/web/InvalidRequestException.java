package org.sequestra.platform.web;

import java.util.List;

/**
 * Fields that passed the contract's checks but break a rule only the service knows (e.g. a tag
 * outside a configured taxonomy): a 400 with the same field-level violations as bean validation.
 */
public class InvalidRequestException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(summary(violations));
    this.violations = List.copyOf(violations);
  }

  public InvalidRequestException(String field, String reason) {
    this(List.of(new Violation(field, reason)));
  }

  public List<Violation> violations() {
    return violations;
  }

  static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid request names at least one violation");
    }
    return violations.size() == 1
        ? violations.getFirst().field() + " " + violations.getFirst().reason()
        : violations.size() + " fields are invalid.";
  }
}
