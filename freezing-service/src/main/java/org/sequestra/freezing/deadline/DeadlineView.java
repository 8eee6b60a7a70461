package org.sequestra.freezing.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline as shown to a user at one instant: what it is, when it ends, where it stands. The
 * names follow the contract's {@code Deadline} schema so a boundary mapper maps it field by field.
 *
 * @param rolledFrom the last day before Art 3(4) moved it; null when nothing moved
 */
public record DeadlineView(
    DeadlineRule rule,
    String legalBasis,
    Instant startedAt,
    Instant dueAt,
    LocalDate dueDate,
    LocalDate rolledFrom,
    String country,
    DeadlineState state,
    Instant dueSoonFrom) {

  static DeadlineView of(Deadline deadline, DeadlineState state, DueSoonPolicy policy) {
    return new DeadlineView(
        deadline.rule(),
        deadline.legalBasis(),
        deadline.startedAt(),
        deadline.dueAt(),
        deadline.dueDate(),
        deadline.rolled() ? deadline.unrolledDueDate() : null,
        deadline.country(),
        state,
        deadline.dueSoonFrom(policy));
  }
}
