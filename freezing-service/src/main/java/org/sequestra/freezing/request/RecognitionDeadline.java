package org.sequestra.freezing.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the executing authority must decide on recognition (Regulation 2018/1805).
 *
 * <p>Only urgent freezing has a deadline in hours: 48 hours from receipt of the certificate (Art
 * 9(3)), counted on the clock with no weekend or holiday roll. Ordinary freezing must be decided
 * "without delay" (no number), and confiscation deadlines are counted in days with the executing
 * State's holiday calendar (Art 20(1) with Regulation 1182/71): computed elsewhere.
 */
public final class RecognitionDeadline {

  static final Duration URGENT_FREEZING = Duration.ofHours(48);

  private RecognitionDeadline() {}

  public static Optional<Instant> of(RequestKind kind, boolean urgent, Instant receivedAt) {
    if (kind == RequestKind.FREEZING && urgent) {
      return Optional.of(receivedAt.plus(URGENT_FREEZING));
    }
    return Optional.empty();
  }
}
