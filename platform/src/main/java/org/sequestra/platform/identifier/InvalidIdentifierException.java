package org.sequestra.platform.identifier;

/**
 * An identifier failed validation; the message is the human reason, usable verbatim in an API
 * error.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

  private final IdentifierType type;
  private final String reason;

  public InvalidIdentifierException(IdentifierType type, String reason) {
    super(reason);
    this.type = type;
    this.reason = reason;
  }

  public IdentifierType type() {
    return type;
  }

  public String reason() {
    return reason;
  }
}
