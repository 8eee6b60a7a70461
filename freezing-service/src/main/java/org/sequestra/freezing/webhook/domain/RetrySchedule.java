package org.sequestra.freezing.webhook.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential back-off: after the n-th failed attempt the next waits {@code initial *
 * multiplier^(n-1)}, at most {@code max}; after {@code maxAttempts} failed attempts the delivery is
 * dead.
 */
public record RetrySchedule(Duration initial, double multiplier, Duration max, int maxAttempts) {

  public RetrySchedule {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off must be positive and max at least initial");
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("the back-off multiplier must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** The wait before the next attempt after {@code failedAttempts} failures; empty: dead. */
  public Optional<Duration> delayAfter(int failedAttempts) {
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
    long bounded = (long) Math.min(millis, (double) max.toMillis());
    return Optional.of(Duration.ofMillis(bounded));
  }
}
