package org.sequestra.freezing.registry;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the relay when an effect was committed, so it need not wait for its next poll. */
@Component
class RelaySignal {

  private final Semaphore permits = new Semaphore(0);

  void signal() {
    if (permits.availablePermits() == 0) {
      permits.release();
    }
  }

  /** Waits for a signal or {@code timeout}, whichever comes first. */
  void await(Duration timeout) throws InterruptedException {
    if (permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      permits.drainPermits();
    }
  }
}
