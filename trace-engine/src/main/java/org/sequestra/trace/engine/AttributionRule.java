package org.sequestra.trace.engine;

/** How money mixed in one account is attributed to what leaves it (DESIGN.md §3, fund tracing). */
public enum AttributionRule {
  /** Oldest money leaves first. */
  FIFO,
  /** Newest money leaves first. */
  LIFO,
  /** Each outflow carries the current share of every kind of money (haircut). */
  PRO_RATA,
  /** Lowest intermediate balance: traced money is spent last and never refilled. Forward only. */
  LIBR,
  /** Any traced input taints every later output in full; reports volumes, not shares. */
  POISON;

  /** Whether traced amounts are shares of the seed, so they add up (reconcile) to it. */
  public boolean conservesAmounts() {
    return this != POISON;
  }

  /**
   * A ledger for an account that starts holding {@code untraced} money. Labels below {@code
   * denseLabels} (hop levels) are pooled per label; larger ones are kept apart.
   */
  AccountLedger openLedger(long untraced, int denseLabels) {
    AccountLedger ledger =
        switch (this) {
          case FIFO -> new FifoAttribution();
          case LIFO -> new LifoAttribution();
          case PRO_RATA -> new ProRataAttribution(denseLabels);
          case LIBR -> new LibrAttribution(denseLabels);
          case POISON -> new PoisonAttribution();
        };
    ledger.deposit(Pieces.UNTRACED, untraced);
    return ledger;
  }
}
