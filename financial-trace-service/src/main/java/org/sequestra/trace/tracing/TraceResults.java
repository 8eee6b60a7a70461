package org.sequestra.trace.tracing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sequestra.trace.engine.EndPoint;
import org.sequestra.trace.engine.EndReason;
import org.sequestra.trace.engine.Reconciliation;
import org.sequestra.trace.engine.TraceResult;
import org.sequestra.trace.graph.DatasetGraph;
import org.sequestra.trace.graph.Nodes;

/** The engine's result in the dataset's terms: stored ids, account names, decimal amounts. */
final class TraceResults {

  /** The reason of the part of an account seed its account did not hold. */
  static final String SEED_NOT_HELD = "SEED_NOT_HELD";

  private final DatasetGraph graph;
  private final int currency;

  TraceResults(DatasetGraph graph, int currency) {
    this.graph = graph;
    this.currency = currency;
  }

  TraceReport report(TraceResult result) {
    return report(result, null);
  }

  /**
   * With an account seed's check: the part of the seed its account did not hold, which the engine
   * counts as unexplained at the seed's account, is reported as not held, in its own line.
   */
  TraceReport report(TraceResult result, SeedCheck check) {
    // What the engine booked as unexplained at the seed's account because the seed exceeded its
    // balance (backward with a hop limit of 0 it books the whole seed at the hop limit instead).
    long notHeld =
        check == null
            ? 0
            : Math.min(check.notCovered(), result.amountAt(check.account(), EndReason.UNEXPLAINED));
    return new TraceReport(
        amount(result.seedAmount()),
        endPoints(result.endPoints()),
        unexplained(result.unexplained(), check == null ? -1 : check.account(), notHeld),
        result.flows().stream()
            .map(
                flow ->
                    new TraceReport.Flow(
                        graph.transactionId(flow.transactionId()),
                        Nodes.time(flow.epochSecond()),
                        node(flow.from()),
                        node(flow.to()),
                        amount(flow.amount())))
            .toList(),
        result.topPaths().stream()
            .map(
                path ->
                    new TraceReport.Path(
                        amount(path.amount()),
                        Arrays.stream(path.accounts()).mapToObj(this::node).toList(),
                        Arrays.stream(path.transactionIds())
                            .mapToObj(graph::transactionId)
                            .toList()))
            .toList(),
        result.reconciliation().map(r -> reconciliation(r, notHeld)).orElse(null),
        check == null ? null : seedCheck(check));
  }

  private List<TraceReport.EndPoint> unexplained(
      List<EndPoint> ends, int seedAccount, long notHeld) {
    if (notHeld == 0) {
      return endPoints(ends);
    }
    List<TraceReport.EndPoint> listed = new ArrayList<>();
    for (EndPoint end : ends) {
      long amount = end.amount();
      if (end.account() == seedAccount && end.reason() == EndReason.UNEXPLAINED) {
        listed.add(new TraceReport.EndPoint(node(seedAccount), SEED_NOT_HELD, amount(notHeld)));
        // What remains there is an overdraft met on the way (backward).
        amount -= notHeld;
      }
      if (amount > 0) {
        listed.add(
            new TraceReport.EndPoint(node(end.account()), end.reason().name(), amount(amount)));
      }
    }
    return listed;
  }

  private TraceReport.BalanceCheck seedCheck(SeedCheck check) {
    SeedCheck.StatementOpening opening = check.opening();
    return new TraceReport.BalanceCheck(
        check.at(),
        check.balanceSource(),
        opening == null
            ? null
            : new TraceReport.StatementBalance(
                opening.date(), opening.amount().toPlainString(), opening.source()),
        amount(check.balance()),
        check.transactions(),
        amount(check.seed()),
        amount(check.covered()),
        amount(check.notCovered()),
        check.sufficient(),
        check.reason(minor -> amount(minor) + " " + graph.currencies().name(currency)));
  }

  private List<TraceReport.EndPoint> endPoints(List<EndPoint> ends) {
    return ends.stream()
        .map(
            end ->
                new TraceReport.EndPoint(
                    node(end.account()), end.reason().name(), amount(end.amount())))
        .toList();
  }

  private TraceReport.Reconciliation reconciliation(Reconciliation r, long notHeld) {
    return new TraceReport.Reconciliation(
        amount(r.seed()),
        amount(r.heldAtEndPoints()),
        amount(r.stoppedAtHopLimit()),
        amount(r.belowThreshold()),
        amount(r.stoppedAtStopList()),
        amount(r.unexplained() - notHeld),
        r.balances(),
        amount(notHeld));
  }

  private TraceReport.Node node(int node) {
    return TraceReport.Node.of(Nodes.node(graph, node));
  }

  private String amount(long minor) {
    return graph.currencies().toDecimal(minor, currency).toPlainString();
  }
}
