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
 */
record TraceReport(
    String seedAmount,
    List<EndPoint> endPoints,
    List<EndPoint> unexplained,
    List<Flow> flows,
    List<Path> paths,
    Reconciliation reconciliation,
    BalanceCheck seedCheck) {

  /** A report without a seed check (transaction seeds; traces stored before there was one). */
  TraceReport(
      String seedAmount,
      List<EndPoint> endPoints,
      List<EndPoint> unexplained,
      List<Flow> flows,
      List<Path> paths,
      Reconciliation reconciliation) {
    this(seedAmount, endPoints, unexplained, flows, paths, reconciliation, null);
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
    UnaryOperator<Node> link =
        node ->
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
    return new TraceReport(
        seedAmount,
        endPoints(endPoints, link),
        endPoints(unexplained, link),
        flows.stream()
            .map(
                flow ->
                    new Flow(
                        flow.transactionId(),
                        flow.bookedAt(),
                        link.apply(flow.from()),
                        link.apply(flow.to()),
                        flow.amount()))
            .toList(),
        paths.stream()
            .map(
                path ->
                    new Path(
                        path.amount(),
                        path.nodes().stream().map(link).toList(),
                        path.transactionIds()))
            .toList(),
        reconciliation,
        seedCheck);
  }

  private static List<EndPoint> endPoints(List<EndPoint> ends, UnaryOperator<Node> link) {
    return ends.stream()
        .map(end -> new EndPoint(link.apply(end.node()), end.reason(), end.amount()))
        .toList();
  }

  Stream<EndPoint> endPointsOf(long accountId) {
    return endPoints.stream().filter(end -> Long.valueOf(accountId).equals(end.node().accountId()));
  }
}
