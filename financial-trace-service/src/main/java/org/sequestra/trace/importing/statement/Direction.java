package org.sequestra.trace.importing.statement;

/** Which way the money moved, seen from the statement's account. */
public enum Direction {
  /** Money left the account. */
  DEBIT,
  /** Money came into the account. */
  CREDIT;

  public Direction reversed() {
    return this == DEBIT ? CREDIT : DEBIT;
  }
}
