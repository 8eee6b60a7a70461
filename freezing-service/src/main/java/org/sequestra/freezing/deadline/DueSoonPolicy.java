package org.sequestra.freezing.deadline;

import java.time.Duration;

/**
 * When an open deadline counts as due soon: in the last {@code percent} % of its period. A share of
 * the period (rather than a fixed lead) fits periods from 8 hours to six weeks alike: the default
 * 25 % warns 2 hours before an 8-hour answer, 12 hours before a 48-hour decision, about 11 days
 * before the 45-day decision (a decision that takes consultation needs that much notice).
 */
public record DueSoonPolicy(int percent) {

  public static final DueSoonPolicy DEFAULT = new DueSoonPolicy(25);

  public DueSoonPolicy {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("due-soon percent must be 0..100, was " + percent);
    }
  }

  /** How long before its end a deadline running for {@code period} becomes due soon. */
  public Duration leadFor(Duration period) {
    return period.multipliedBy(percent).dividedBy(100);
  }
}
