package org.sequestra.trace.importing.statement;

/**
 * One field of one record is unusable, so the record is rejected (the rest of the file goes on).
 * Thrown inside a parser and turned into {@link StatementSink#reject}.
 */
public final class RejectedField extends RuntimeException {

  private final String field;
  private final String reason;

  public RejectedField(String field, String reason) {
    super(field + " " + reason, null, false, false);
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
