package org.sequestra.freezing.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;

/**
 * When the executing authority must decide on recognition, and then execute (Regulation 2018/1805).
 *
 * <p>Only urgent freezing has deadlines in hours: recognition within 48 hours of receipt of the
 * certificate, concrete measures within 48 hours of that decision (Art 9(3)), counted on the clock
 * with no weekend or holiday roll. Ordinary freezing must be decided "without delay" (no number),
 * confiscation deadlines are counted in days with the executing State's holiday calendar (Art 20(1)
 * with Regulation 1182/71): computed elsewhere. MLA requests have no Regulation deadline.
 */
public final class RecognitionDeadline {

  static final Duration URGENT_FREEZING = Duration.ofHours(48);

  private RecognitionDeadline() {}

  public static Optional<Instant> of(
      LegalInstrument instrument, RequestKind kind, boolean urgent, Instant receivedAt) {
    if (instrument == LegalInstrument.REGULATION_2018_1805
        && kind == RequestKind.FREEZING
        && urgent
        && receivedAt != null) {
      return Optional.of(receivedAt.plus(URGENT_FREEZING));
    }
    return Optional.empty();
  }

  /** Urgent freezing: concrete measures within 48 hours of the recognition decision. */
  public static Optional<Instant> execution(
      LegalInstrument instrument, RequestKind kind, boolean urgent, Instant recognisedAt) {
    return of(instrument, kind, urgent, recognisedAt);
  }
}
