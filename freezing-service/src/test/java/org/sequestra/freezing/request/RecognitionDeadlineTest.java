package org.sequestra.freezing.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;

class RecognitionDeadlineTest {

  private static final LegalInstrument REGULATION = LegalInstrument.REGULATION_2018_1805;

  @Test
  void urgentFreezingIsDueFortyEightClockHoursAfterReceiptEvenOverAWeekend() {
    Instant fridayEvening = Instant.parse("2026-11-27T18:30:00Z");

    assertThat(RecognitionDeadline.of(REGULATION, RequestKind.FREEZING, true, fridayEvening))
        .contains(Instant.parse("2026-11-29T18:30:00Z"));
  }

  @Test
  void ordinaryFreezingAndConfiscationHaveNoHourDeadline() {
    Instant received = Instant.parse("2026-11-27T18:30:00Z");

    assertThat(RecognitionDeadline.of(REGULATION, RequestKind.FREEZING, false, received)).isEmpty();
    assertThat(RecognitionDeadline.of(REGULATION, RequestKind.CONFISCATION, true, received))
        .isEmpty();
  }

  @Test
  void mlaRequestsHaveNoRegulationDeadline() {
    assertThat(
            RecognitionDeadline.of(
                LegalInstrument.MLA,
                RequestKind.FREEZING,
                true,
                Instant.parse("2026-11-27T18:30:00Z")))
        .isEmpty();
  }

  @Test
  void urgentExecutionIsDueFortyEightHoursAfterRecognition() {
    assertThat(
            RecognitionDeadline.execution(
                REGULATION, RequestKind.FREEZING, true, Instant.parse("2026-11-28T09:00:00Z")))
        .contains(Instant.parse("2026-11-30T09:00:00Z"));
  }
}
