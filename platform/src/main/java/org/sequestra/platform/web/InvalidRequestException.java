package org.sequestra.platform.web;

import java.util.List;

/**
 * Field-level problems that only the service can find (an identifier's check digits, a rule that
 * spans fields), answered like the contract's own checks: 400 with {@code violations}.
 */
public class InvalidRequestException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(violations.size() + " invalid field(s)");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid request names at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
