package org.sequestra.platform.web;

/**
 * One input value is invalid in a way the contract's schema cannot express (e.g. a currency code
 * that has the right shape but does not exist): HTTP 400 with that field as the violation.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String reason;

  public InvalidInputException(String field, String reason) {
    super(field + " " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
