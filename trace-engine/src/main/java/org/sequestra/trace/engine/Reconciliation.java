package org.sequestra.trace.engine;

/**
 * Where every minor unit of the seed went. For the conserving rules (all but POISON) the seed
 * equals the sum of the other lines exactly; see {@link #balances()}.
 */
public record Reconciliation(
    long seed,
    long heldAtEndPoints,
    long stoppedAtHopLimit,
    long belowThreshold,
    long stoppedAtStopList,
    long unexplained) {

  public long accountedFor() {
    return heldAtEndPoints + stoppedAtHopLimit + belowThreshold + stoppedAtStopList + unexplained;
  }

  public boolean balances() {
    return seed == accountedFor();
  }

  @Override
  public String toString() {
    return String.join(
        System.lineSeparator(),
        "seed                    " + seed,
        "held at end points      " + heldAtEndPoints,
        "stopped at hop limit    " + stoppedAtHopLimit,
        "below threshold         " + belowThreshold,
        "stopped at stop-list    " + stoppedAtStopList,
        "unexplained             " + unexplained,
        (balances() ? "balances" : "DOES NOT BALANCE: difference " + (seed - accountedFor())));
  }
}
