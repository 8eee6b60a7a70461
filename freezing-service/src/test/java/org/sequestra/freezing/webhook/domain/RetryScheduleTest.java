package org.sequestra.freezing.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60), 5);

  @Test
  void waitsGrowExponentiallyUpToTheMaximum() {
    assertThat(schedule.delayAfter(1)).contains(Duration.ofSeconds(10));
    assertThat(schedule.delayAfter(2)).contains(Duration.ofSeconds(20));
    assertThat(schedule.delayAfter(3)).contains(Duration.ofSeconds(40));
    assertThat(schedule.delayAfter(4)).contains(Duration.ofSeconds(60));
  }

  @Test
  void theLastAttemptsFailureIsDead() {
    assertThat(schedule.delayAfter(5)).isEmpty();
  }
}
