package org.sequestra.trace.engine;

/**
 * Poison: once traced money arrives, the whole account is tainted for good and every later outflow
 * is tainted in full, at the lowest hop level that reached the account. Amounts are volumes, not
 * shares, so they are not conserved.
 */
final class PoisonAttribution implements AccountLedger {

  private long balance;
  private int level = Integer.MAX_VALUE;

  @Override
  public void deposit(int label, long amount) {
    balance += amount;
    if (label != Pieces.UNTRACED) {
      level = Math.min(level, label);
    }
  }

  @Override
  public long withdraw(long amount, Pieces taken) {
    // The whole output is tainted, overdraft included, so there is never a shortfall to report.
    taken.add(level, amount);
    balance = Math.max(0, balance - amount);
    return 0;
  }

  @Override
  public long balance() {
    return balance;
  }

  @Override
  public long traced() {
    return balance;
  }
}
