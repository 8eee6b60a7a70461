package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * A time-respecting chain of transactions carrying traced money, in time order. Its amount is its
 * bottleneck: the smallest traced flow on it. Mixing makes "which euro went where" a matter of the
 * rule, so a path is a widest route through the traced flows, not a claim about specific notes.
 */
public record TracePath(long amount, int[] accounts, int[] transactionIds) {

  @Override
  public String toString() {
    return "TracePath[amount="
        + amount
        + ", accounts="
        + Arrays.toString(accounts)
        + ", transactions="
        + Arrays.toString(transactionIds)
        + "]";
  }
}
