package org.sequestra.freezing.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecognitionDeadlineTest {

  @Test
  void urgentFreezingIsDueFortyEightClockHoursAfterReceiptEvenOverAWeekend() {
    Instant fridayEvening = Instant.parse("2026-11-27T18:30:00Z");

    assertThat(RecognitionDeadline.of(RequestKind.FREEZING, true, fridayEvening))
        .contains(Instant.parse("2026-11-29T18:30:00Z"));
  }

  @Test
  void ordinaryFreezingAndConfiscationHaveNoHourDeadline() {
    Instant received = Instant.parse("2026-11-27T18:30:00Z");

    assertThat(RecognitionDeadline.of(RequestKind.FREEZING, false, received)).isEmpty();
    assertThat(RecognitionDeadline.of(RequestKind.CONFISCATION, true, received)).isEmpty();
  }
}
