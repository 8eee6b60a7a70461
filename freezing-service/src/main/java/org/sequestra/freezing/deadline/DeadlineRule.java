package org.sequestra.freezing.deadline;

import java.util.Objects;

/** The legal deadlines Sequestra computes, each with its legal basis and how it is counted. */
public enum DeadlineRule {
  /** Urgent freezing: decision on recognition within 48 hours of receipt. */
  URGENT_FREEZING_RECOGNITION("Regulation (EU) 2018/1805 Art 9(3)", Counting.HOURS, 48),
  /** Urgent freezing: concrete execution within 48 hours of the decision on recognition. */
  URGENT_FREEZING_EXECUTION("Regulation (EU) 2018/1805 Art 9(3)", Counting.HOURS, 48),
  /** Confiscation: decision on recognition within 45 days of receipt of the certificate. */
  CONFISCATION_RECOGNITION(
      "Regulation (EU) 2018/1805 Art 20(1); Regulation 1182/71 Art 3", Counting.DAYS, 45),
  /**
   * A request to limit the period of a freeze (Art 12(2)): unanswered after six weeks, the
   * executing State is no longer bound by the freezing order.
   */
  FREEZE_LIMITATION_REPLY(
      "Regulation (EU) 2018/1805 Art 12(2); Regulation 1182/71 Art 3", Counting.WEEKS, 6),
  /** Information request between AROs, urgent, information directly accessible: 8 hours. */
  INFORMATION_URGENT_DIRECT_ACCESS("Directive (EU) 2023/977 Art 5(1)(a)", Counting.HOURS, 8),
  /** Information request between AROs, urgent, information indirectly accessible: 3 days. */
  INFORMATION_URGENT_INDIRECT_ACCESS(
      "Directive (EU) 2023/977 Art 5(1)(b)", Counting.CALENDAR_DAYS, 3),
  /** Information request between AROs, all other requests: 7 calendar days. */
  INFORMATION_OTHER("Directive (EU) 2023/977 Art 5(1)(c)", Counting.CALENDAR_DAYS, 7),
  /**
   * MLA: decision on recognition, from receipt, within the period an agreement of the configured
   * table sets ({@link DeadlineCalculus#agreed}); no period of its own.
   */
  MLA_AGREEMENT_RECOGNITION("the MLA agreement the request names"),
  /** MLA: execution, from the recognition decision, within the period the agreement sets. */
  MLA_AGREEMENT_EXECUTION("the MLA agreement the request names");

  /** How a period is counted. */
  public enum Counting {
    /** On the clock from the event; never moved by weekends or holidays. */
    HOURS,
    /**
     * Regulation 1182/71: the day of the event not counted (Art 3(1)), ends with the last hour of
     * the last day (Art 3(2)(b)), a last day on a Saturday, Sunday or public holiday moves to the
     * end of the next working day (Art 3(4)).
     */
    DAYS,
    /** As {@link #DAYS}, the last day being the same weekday as the event (Art 3(2)(c)). */
    WEEKS,
    /**
     * Days counted and ended as {@link #DAYS}, but "calendar days": the last day is not moved off a
     * weekend or holiday (the Directive's word excludes the working-day roll).
     */
    CALENDAR_DAYS
  }

  private final String legalBasis;
  private final DeadlinePeriod period;

  DeadlineRule(String legalBasis, Counting counting, int amount) {
    this.legalBasis = Objects.requireNonNull(legalBasis);
    this.period = new DeadlinePeriod(counting, amount);
  }

  /** A rule whose period an agreement sets, not the rule itself. */
  DeadlineRule(String legalBasis) {
    this.legalBasis = Objects.requireNonNull(legalBasis);
    this.period = null;
  }

  public String legalBasis() {
    return legalBasis;
  }

  /** The rule's own period; null where an agreement sets it ({@link #agreed()}). */
  public DeadlinePeriod period() {
    return period;
  }

  /** Whether an agreement sets the period (MLA), rather than the rule. */
  public boolean agreed() {
    return period == null;
  }

  /**
   * @throws IllegalStateException for a rule whose period an agreement sets
   */
  public Counting counting() {
    return fixedPeriod().counting();
  }

  /** Hours, days or weeks, as {@link #counting()} says. */
  public int amount() {
    return fixedPeriod().amount();
  }

  /** Whether the rule needs a State's calendar (time zones, and holidays where it rolls). */
  public boolean countsDays() {
    return fixedPeriod().countsDays();
  }

  private DeadlinePeriod fixedPeriod() {
    if (period == null) {
      throw new IllegalStateException(this + ": an agreement sets the period");
    }
    return period;
  }
}
