package org.sequestra.trace.engine;

/** Why traced money stopped being followed at an account. */
public enum EndReason {
  /**
   * Forward: still in the account at the end of the window. Backward: already there at its start.
   */
  HELD,
  /** It had made as many transfers as the hop limit allows. */
  HOP_LIMIT,
  /** The traced amount on the transaction was below the minimum amount. */
  BELOW_THRESHOLD,
  /** The account is on the stop-list (exchange, payment processor...). */
  STOP_LIST,
  /** Money the transactions cannot account for: a seed larger than the balance, or an overdraft. */
  UNEXPLAINED
}
