package org.sequestra.trace.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one trace: end points, traced flow per transaction, top paths, unexplained money
 * and, for the conserving rules, the reconciliation. With POISON every amount is a tainted volume
 * (a poisoned account's whole balance, a poisoned transaction's whole amount); volumes overlap and
 * can exceed the seed, so there is no reconciliation: read {@link #endPoints()} and {@link
 * #flows()}.
 */
public final class TraceResult {

  private final TraceDirection direction;
  private final AttributionRule rule;
  private final long seedAmount;
  private final List<EndPoint> endPoints;
  private final List<EndPoint> unexplained;
  private final List<EdgeFlow> flows;
  private final int[] flowTransactionIds;
  private final List<TracePath> topPaths;

  TraceResult(
      TraceDirection direction,
      AttributionRule rule,
      long seedAmount,
      List<EndPoint> endPoints,
      List<EndPoint> unexplained,
      List<EdgeFlow> flowsByTransaction,
      List<TracePath> topPaths) {
    this.direction = direction;
    this.rule = rule;
    this.seedAmount = seedAmount;
    this.endPoints = List.copyOf(endPoints);
    this.unexplained = List.copyOf(unexplained);
    this.flows = List.copyOf(flowsByTransaction);
    this.flowTransactionIds = flows.stream().mapToInt(EdgeFlow::transactionId).toArray();
    this.topPaths = List.copyOf(topPaths);
  }

  public TraceDirection direction() {
    return direction;
  }

  public AttributionRule rule() {
    return rule;
  }

  /** Traced money placed by the seed (for POISON: the seed's volume). */
  public long seedAmount() {
    return seedAmount;
  }

  /**
   * Accounts where traced money ended, largest first; unexplained money is in {@link
   * #unexplained()}.
   */
  public List<EndPoint> endPoints() {
    return endPoints;
  }

  public List<EndPoint> unexplained() {
    return unexplained;
  }

  /** Traced flow per transaction, by transaction id. */
  public List<EdgeFlow> flows() {
    return flows;
  }

  /** Traced money on a transaction; 0 if none. */
  public long flowOf(int transactionId) {
    int at = Arrays.binarySearch(flowTransactionIds, transactionId);
    return at < 0 ? 0 : flows.get(at).amount();
  }

  public List<TracePath> topPaths() {
    return topPaths;
  }

  public long amountAt(int account, EndReason reason) {
    long sum = 0;
    for (EndPoint end : reason == EndReason.UNEXPLAINED ? unexplained : endPoints) {
      if (end.account() == account && end.reason() == reason) {
        sum += end.amount();
      }
    }
    return sum;
  }

  public long heldAt(int account) {
    return amountAt(account, EndReason.HELD);
  }

  public long total(EndReason reason) {
    return (reason == EndReason.UNEXPLAINED ? unexplained : endPoints)
        .stream().filter(end -> end.reason() == reason).mapToLong(EndPoint::amount).sum();
  }

  /**
   * Seed == held + hop limit + below threshold + stop-list + unexplained; empty for POISON
   * (volumes).
   */
  public Optional<Reconciliation> reconciliation() {
    if (!rule.conservesAmounts()) {
      return Optional.empty();
    }
    return Optional.of(
        new Reconciliation(
            seedAmount,
            total(EndReason.HELD),
            total(EndReason.HOP_LIMIT),
            total(EndReason.BELOW_THRESHOLD),
            total(EndReason.STOP_LIST),
            total(EndReason.UNEXPLAINED)));
  }

  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    lines.add(direction + " " + rule + " seed " + seedAmount);
    endPoints.forEach(end -> lines.add("  " + end));
    unexplained.forEach(end -> lines.add("  " + end));
    reconciliation().ifPresent(r -> lines.add(r.toString()));
    return String.join(System.lineSeparator(), lines);
  }
}
