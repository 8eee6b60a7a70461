package org.sequestra.freezing.lifecycle;

/** The acts of a request's lifecycle, each reserved to one side. */
public enum RequestAction {
  ISSUE(Side.ISSUING),
  TRANSMIT(Side.ISSUING),
  RECEIVE(Side.EXECUTING),
  /** Art 4(9) / 14(8): the receiving authority is not competent and passes it on. */
  FORWARD(Side.EXECUTING),
  /** Art 8(2) / 19(2): consult the issuing authority (required before a refusal). */
  CONSULT(Side.EXECUTING),
  RECOGNISE(Side.EXECUTING),
  REFUSE(Side.EXECUTING),
  POSTPONE(Side.EXECUTING),
  RESUME(Side.EXECUTING),
  EXECUTE(Side.EXECUTING),
  /** Art 27(1)-(2). */
  WITHDRAW(Side.ISSUING),
  /** Art 27(3). */
  CONFIRM_TERMINATION(Side.EXECUTING),
  /** An executed freezing request is followed by the confiscation request (Art 12(1)). */
  SUPERSEDE(Side.ISSUING),
  /** Art 30(6)-(7). */
  DISPOSE(Side.EXECUTING),
  /** Art 30(2) with the conditions of Art 29(2). */
  RESTITUTE(Side.EXECUTING);

  private final Side side;

  RequestAction(Side side) {
    this.side = side;
  }

  public Side side() {
    return side;
  }
}
