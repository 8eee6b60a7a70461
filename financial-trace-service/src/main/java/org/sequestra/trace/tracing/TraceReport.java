package org.sequestra.trace.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.sequestra.trace.graph.GraphNode;

/**
 * A trace's result in the dataset's terms: stored ids, account names, decimal amounts. Stored with
 * the trace as JSON in the shape of the contract's TraceResult.
 *
 * <p>The counts are those of the whole result; a report {@link #inline cut} to its first items
 * holds fewer (the rest is stored in chunks, see {@link TraceStore}). Results stored before the
 * counts existed have whole lists: a missing count is the list's size.
 */
record TraceReport(
    String seedAmount,
    List<EndPoint> endPoints,
    List<EndPoint> unexplained,
    List<Flow> flows,
    List<Path> paths,
    Reconciliation reconciliation,
    BalanceCheck seedCheck,
    Long flowCount,
    Long endPointCount,
    Long unexplainedCount) {

  TraceReport {
    flowCount = flowCount == null ? (Long) (long) flows.size() : flowCount;
    endPointCount = endPointCount == null ? (Long) (long) endPoints.size() : endPointCount;
    unexplainedCount =
        unexplainedCount == null ? (Long) (long) unexplained.size() : unexplainedCount;
  }

  /** A whole result with its seed check, if any (none for transaction seeds). */
  TraceReport(
      String seedAmount,
      List<EndPoint> endPoints,
      List<EndPoint> unexplained,
      List<Flow> flows,
      List<Path> paths,
      Reconciliation reconciliation,
      BalanceCheck seedCheck) {
    this(
        seedAmount,
        endPoints,
        unexplained,
        flows,
        paths,
        reconciliation,
        seedCheck,
        null,
        null,
        null);
  }

  /**
   * A whole result without a seed check (transaction seeds; traces stored before there was one).
   */
  TraceReport(
      String seedAmount,
      List<EndPoint> endPoints,
      List<EndPoint> unexplained,
      List<Flow> flows,
      List<Path> paths,
      Reconciliation reconciliation) {
    this(seedAmount, endPoints, unexplained, flows, paths, reconciliation, null, null, null, null);
  }

  /** The same report with at most {@code limit} items of each list; the counts stay whole. */
  TraceReport inline(int limit) {
    return new TraceReport(
        seedAmount,
        first(endPoints, limit),
        first(unexplained, limit),
        first(flows, limit),
        paths,
        reconciliation,
        seedCheck,
        flowCount,
        endPointCount,
        unexplainedCount);
  }

  /** Whether every item of every list is here. */
  boolean hasEveryItem() {
    return flows.size() == flowCount
        && endPoints.size() == endPointCount
        && unexplained.size() == unexplainedCount;
  }

  private static <T> List<T> first(List<T> items, int limit) {
    return items.size() <= limit ? items : List.copyOf(items.subList(0, limit));
  }

  /** An account or counterparty, with the registry asset its account was proposed as. */
  record Node(
      Long accountId,
      String kind,
      String identifier,
      String chain,
      String holderName,
      String label,
      UUID registryAssetId) {

    static Node of(GraphNode node) {
      return new Node(
          node.accountId(),
          node.kind(),
          node.identifier(),
          node.chain(),
          node.holderName(),
          node.label(),
          null);
    }
  }

  /** Where traced money stopped, and why (an {@link org.sequestra.trace.engine.EndReason}). */
  record EndPoint(Node node, String reason, String amount) {}

  record Flow(Long transactionId, Instant bookedAt, Node from, Node to, String amount) {}

  record Path(String amount, List<Node> nodes, List<Long> transactionIds) {}

  record Reconciliation(
      String seed,
      String heldAtEndPoints,
      String stoppedAtHopLimit,
      String belowThreshold,
      String stoppedAtStopList,
      String unexplained,
      Boolean balances,
      String seedNotHeld) {}

  /** The contract's SeedCheck: what the seed's account held when the seed was placed. */
  record BalanceCheck(
      Instant at,
      String balanceSource,
      StatementBalance openingBalance,
      String balanceFound,
      Integer transactionsReplayed,
      String seedAmount,
      String covered,
      String notCovered,
      Boolean sufficient,
      String reason) {}

  /** A statement's opening balance (signed) at the start of {@code date}. */
  record StatementBalance(LocalDate date, String amount, String source) {}

  /** The same report with the registry assets the dataset's accounts have now. */
  TraceReport withRegistryAssets(Map<Long, UUID> assets) {
    if (assets.isEmpty()) {
      return this;
    }
    UnaryOperator<Node> link = linker(assets);
    return new TraceReport(
        seedAmount,
        endPoints(endPoints, link),
        endPoints(unexplained, link),
        flows(flows, link),
        paths.stream()
            .map(
                path ->
                    new Path(
                        path.amount(),
                        path.nodes().stream().map(link).toList(),
                        path.transactionIds()))
            .toList(),
        reconciliation,
        seedCheck,
        flowCount,
        endPointCount,
        unexplainedCount);
  }

  /** Links the accounts of listed flows to the registry assets they have now. */
  static List<Flow> withRegistryAssets(List<Flow> flows, Map<Long, UUID> assets) {
    return assets.isEmpty() ? flows : flows(flows, linker(assets));
  }

  /** Links the accounts of listed end points to the registry assets they have now. */
  static List<EndPoint> endPointsWithRegistryAssets(List<EndPoint> ends, Map<Long, UUID> assets) {
    return assets.isEmpty() ? ends : endPoints(ends, linker(assets));
  }

  private static List<Flow> flows(List<Flow> flows, UnaryOperator<Node> link) {
    return flows.stream()
        .map(
            flow ->
                new Flow(
                    flow.transactionId(),
                    flow.bookedAt(),
                    link.apply(flow.from()),
                    link.apply(flow.to()),
                    flow.amount()))
        .toList();
  }

  private static List<EndPoint> endPoints(List<EndPoint> ends, UnaryOperator<Node> link) {
    return ends.stream()
        .map(end -> new EndPoint(link.apply(end.node()), end.reason(), end.amount()))
        .toList();
  }

  private static UnaryOperator<Node> linker(Map<Long, UUID> assets) {
    return node ->
        node.accountId() == null
            ? node
            : new Node(
                node.accountId(),
                node.kind(),
                node.identifier(),
                node.chain(),
                node.holderName(),
                node.label(),
                assets.get(node.accountId()));
  }

  Stream<EndPoint> endPointsOf(long accountId) {
    return endPoints.stream().filter(end -> Long.valueOf(accountId).equals(end.node().accountId()));
  }
}
