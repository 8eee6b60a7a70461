package org.sequestra.freezing.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** The state of deadlines now, by an injectable clock (tests move it). */
public final class DeadlineWatch {

  private final Clock clock;
  private final DueSoonPolicy policy;

  public DeadlineWatch(Clock clock, DueSoonPolicy policy) {
    this.clock = Objects.requireNonNull(clock);
    this.policy = Objects.requireNonNull(policy);
  }

  public Instant now() {
    return clock.instant();
  }

  public DueSoonPolicy policy() {
    return policy;
  }

  /**
   * @param fulfilledAt when the decision or answer was given; null while it is not
   */
  public DeadlineState stateOf(Deadline deadline, Instant fulfilledAt) {
    return deadline.stateAt(clock.instant(), fulfilledAt, policy);
  }

  /** The deadline with its state now, as shown to users. */
  public DeadlineView view(Deadline deadline, Instant fulfilledAt) {
    return DeadlineView.of(deadline, stateOf(deadline, fulfilledAt), policy);
  }
}
