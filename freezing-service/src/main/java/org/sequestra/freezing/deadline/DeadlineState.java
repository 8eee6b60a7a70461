package org.sequestra.freezing.deadline;

/** Where a deadline stands at a given instant. */
public enum DeadlineState {
  /** Open, with more than the due-soon lead left. */
  ON_TIME,
  /** Open, within the due-soon lead of its end. */
  DUE_SOON,
  /** Open past its end: a recorded delay notice is needed. */
  OVERDUE,
  /** Fulfilled by its end. */
  MET,
  /** Fulfilled after its end. */
  MET_LATE;

  public boolean isOpen() {
    return this == ON_TIME || this == DUE_SOON || this == OVERDUE;
  }
}
