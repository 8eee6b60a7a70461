package org.sequestra.trace.patterns;

/** The money-laundering patterns the detectors look for. */
public enum Pattern {
  /**
   * Round-tripping: money returns to where it left through a time-respecting chain of transfers.
   */
  CYCLE,
  /** Smurfing into an account: many distinct senders within a short time. */
  FAN_IN,
  /** Smurfing out of an account: many distinct recipients within a short time. */
  FAN_OUT,
  /** Many deposits just under a reporting threshold within a short time. */
  STRUCTURING,
  /** Money that arrives and leaves again within hours, nearly whole. */
  PASS_THROUGH
}
