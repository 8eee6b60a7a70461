package org.sequestra.trace.tracing;

import java.util.Arrays;
import java.util.List;
import org.sequestra.trace.engine.EndPoint;
import org.sequestra.trace.engine.Reconciliation;
import org.sequestra.trace.engine.TraceResult;
import org.sequestra.trace.graph.DatasetGraph;
import org.sequestra.trace.graph.Nodes;

/** The engine's result in the dataset's terms: stored ids, account names, decimal amounts. */
final class TraceResults {

  private final DatasetGraph graph;
  private final int currency;

  TraceResults(DatasetGraph graph, int currency) {
    this.graph = graph;
    this.currency = currency;
  }

  TraceReport report(TraceResult result) {
    return new TraceReport(
        amount(result.seedAmount()),
        endPoints(result.endPoints()),
        endPoints(result.unexplained()),
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
        result.reconciliation().map(this::reconciliation).orElse(null));
  }

  private List<TraceReport.EndPoint> endPoints(List<EndPoint> ends) {
    return ends.stream()
        .map(
            end ->
                new TraceReport.EndPoint(
                    node(end.account()), end.reason().name(), amount(end.amount())))
        .toList();
  }

  private TraceReport.Reconciliation reconciliation(Reconciliation r) {
    return new TraceReport.Reconciliation(
        amount(r.seed()),
        amount(r.heldAtEndPoints()),
        amount(r.stoppedAtHopLimit()),
        amount(r.belowThreshold()),
        amount(r.stoppedAtStopList()),
        amount(r.unexplained()),
        r.balances());
  }

  private TraceReport.Node node(int node) {
    return TraceReport.Node.of(Nodes.node(graph, node));
  }

  private String amount(long minor) {
    return graph.currencies().toDecimal(minor, currency).toPlainString();
  }
}
