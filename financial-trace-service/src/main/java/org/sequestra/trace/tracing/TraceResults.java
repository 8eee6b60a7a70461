package org.sequestra.trace.tracing;

import java.util.Arrays;
import java.util.List;
import org.sequestra.trace.api.model.EndReasonDto;
import org.sequestra.trace.api.model.ReconciliationDto;
import org.sequestra.trace.api.model.TraceEndPointDto;
import org.sequestra.trace.api.model.TraceFlowDto;
import org.sequestra.trace.api.model.TracePathDto;
import org.sequestra.trace.api.model.TraceResultDto;
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

  TraceResultDto toDto(TraceResult result) {
    TraceResultDto dto = new TraceResultDto();
    dto.seedAmount(amount(result.seedAmount()))
        .endPoints(endPoints(result.endPoints()))
        .unexplained(endPoints(result.unexplained()))
        .flows(
            result.flows().stream()
                .map(
                    flow ->
                        new TraceFlowDto(
                            graph.transactionId(flow.transactionId()),
                            Nodes.time(flow.epochSecond()),
                            Nodes.node(graph, flow.from()),
                            Nodes.node(graph, flow.to()),
                            amount(flow.amount())))
                .toList())
        .paths(
            result.topPaths().stream()
                .map(
                    path ->
                        new TracePathDto(
                            amount(path.amount()),
                            Arrays.stream(path.accounts())
                                .mapToObj(n -> Nodes.node(graph, n))
                                .toList(),
                            Arrays.stream(path.transactionIds())
                                .mapToObj(graph::transactionId)
                                .toList()))
                .toList());
    result.reconciliation().map(this::reconciliation).ifPresent(dto::reconciliation);
    return dto;
  }

  private List<TraceEndPointDto> endPoints(List<EndPoint> ends) {
    return ends.stream()
        .map(
            end ->
                new TraceEndPointDto(
                    Nodes.node(graph, end.account()),
                    EndReasonDto.fromValue(end.reason().name()),
                    amount(end.amount())))
        .toList();
  }

  private ReconciliationDto reconciliation(Reconciliation r) {
    return new ReconciliationDto(
        amount(r.seed()),
        amount(r.heldAtEndPoints()),
        amount(r.stoppedAtHopLimit()),
        amount(r.belowThreshold()),
        amount(r.stoppedAtStopList()),
        amount(r.unexplained()),
        r.balances());
  }

  private String amount(long minor) {
    return graph.currencies().toDecimal(minor, currency).toPlainString();
  }
}
