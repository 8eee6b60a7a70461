package org.sequestra.freezing.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed deadline.
 *
 * @param startedAt the event the period runs from (receipt, decision)
 * @param dueAt the instant the period ends: fulfilled at or before it is on time
 * @param dueDate for a period in days or weeks, the last day (after any roll), in the State's
 *     calendar; null for a period in hours
 * @param unrolledDueDate the last day before Art 3(4) moved it off a weekend or holiday; equal to
 *     {@code dueDate} when nothing moved, null for a period in hours
 * @param country the State whose calendar counted (null for a period in hours)
 * @param legalBasis the rule's, or for a period an agreement sets, the agreement's
 */
public record Deadline(
    DeadlineRule rule,
    Instant startedAt,
    Instant dueAt,
    LocalDate dueDate,
    LocalDate unrolledDueDate,
    String country,
    String legalBasis) {

  public Deadline {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(legalBasis, "legalBasis");
    if (!dueAt.isAfter(startedAt)) {
      throw new IllegalArgumentException("a deadline ends after it starts");
    }
  }

  /** A deadline of a rule with its own legal basis. */
  public Deadline(
      DeadlineRule rule,
      Instant startedAt,
      Instant dueAt,
      LocalDate dueDate,
      LocalDate unrolledDueDate,
      String country) {
    this(
        rule,
        startedAt,
        dueAt,
        dueDate,
        unrolledDueDate,
        country,
        Objects.requireNonNull(rule, "rule").legalBasis());
  }

  /** Whether Art 3(4) moved the last day off a Saturday, Sunday or public holiday. */
  public boolean rolled() {
    return dueDate != null && !dueDate.equals(unrolledDueDate);
  }

  /**
   * The state at {@code now}.
   *
   * @param fulfilledAt when the decision or answer was given; null while it is not
   */
  public DeadlineState stateAt(Instant now, Instant fulfilledAt, DueSoonPolicy policy) {
    Objects.requireNonNull(now, "now");
    if (fulfilledAt != null) {
      return fulfilledAt.isAfter(dueAt) ? DeadlineState.MET_LATE : DeadlineState.MET;
    }
    if (now.isAfter(dueAt)) {
      return DeadlineState.OVERDUE;
    }
    Duration lead = policy.leadFor(Duration.between(startedAt, dueAt));
    return now.isBefore(dueAt.minus(lead)) ? DeadlineState.ON_TIME : DeadlineState.DUE_SOON;
  }

  /** The instant from which the open deadline is due soon under the policy. */
  public Instant dueSoonFrom(DueSoonPolicy policy) {
    return dueAt.minus(policy.leadFor(Duration.between(startedAt, dueAt)));
  }
}
