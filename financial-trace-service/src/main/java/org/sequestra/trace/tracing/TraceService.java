package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.trace.api.model.AttributionRuleDto;
import org.sequestra.trace.api.model.NewTraceDto;
import org.sequestra.trace.api.model.TraceDirectionDto;
import org.sequestra.trace.api.model.TraceDto;
import org.sequestra.trace.api.model.TraceNodeDto;
import org.sequestra.trace.api.model.TraceResultDto;
import org.sequestra.trace.api.model.TraceSummaryDto;
import org.sequestra.trace.dataset.DatasetAccess;
import org.sequestra.trace.engine.BackwardTrace;
import org.sequestra.trace.engine.ForwardTrace;
import org.sequestra.trace.engine.TraceDirection;
import org.sequestra.trace.engine.TraceResult;
import org.sequestra.trace.graph.DatasetGraph;
import org.sequestra.trace.graph.GraphCache;
import org.sequestra.trace.tracing.TraceStore.StoredTrace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Runs traces on a dataset's graph, stores them and reads them back. */
@Service
class TraceService {

  private final DatasetAccess access;
  private final GraphCache graphs;
  private final TraceStore store;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TraceService(
      DatasetAccess access,
      GraphCache graphs,
      TraceStore store,
      AuditTrail audit,
      JsonMapper json,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.access = access;
    this.graphs = graphs;
    this.store = store;
    this.audit = audit;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  TraceDto create(UUID datasetId, NewTraceDto request) {
    access.requireVisible(datasetId);
    DatasetGraph graph = graphs.graphOf(datasetId);
    TraceRequest checked = TraceRequest.of(request, graph);
    TraceResult result = run(graph, checked);
    TraceResultDto resultDto = new TraceResults(graph, checked.options().currency()).toDto(result);
    Caller caller = RequestContext.currentCaller();
    StoredTrace trace =
        new StoredTrace(
            UUID.randomUUID(),
            datasetId,
            request.getDirection().getValue(),
            request.getRule().getValue(),
            checked.currency(),
            new BigDecimal(resultDto.getSeedAmount()),
            resultDto.getEndPoints().size(),
            json.writeValueAsString(request),
            json.writeValueAsString(resultDto),
            clock.instant(),
            caller.subject());
    transaction.executeWithoutResult(
        status -> {
          store.insert(trace, graph.version());
          audit.record(
              AuditEvent.by(caller, "trace.create", "trace", trace.id())
                  .onObjectOf(caller.agency())
                  .withDetail(
                      "dataset "
                          + datasetId
                          + ": "
                          + trace.direction()
                          + " "
                          + trace.rule()
                          + ", seed "
                          + trace.seedAmount().toPlainString()
                          + " "
                          + trace.currency()));
        });
    return toDto(trace, request, resultDto);
  }

  /** The stored trace, with the registry links its accounts have now; audited as a read. */
  TraceDto get(UUID datasetId, UUID traceId) {
    StoredTrace trace = find(datasetId, traceId);
    Caller caller = RequestContext.currentCaller();
    audit.record(
        AuditEvent.by(caller, "trace.read", "trace", traceId)
            .onObjectOf(caller.agency())
            .withDetail("dataset " + datasetId));
    TraceResultDto result = json.readValue(trace.result(), TraceResultDto.class);
    Map<Long, UUID> assets = store.registryAssets(datasetId);
    if (!assets.isEmpty()) {
      nodes(result)
          .filter(node -> node.getAccountId() != null)
          .forEach(node -> node.setRegistryAssetId(assets.get(node.getAccountId())));
    }
    return toDto(trace, json.readValue(trace.request(), NewTraceDto.class), result);
  }

  List<TraceSummaryDto> page(UUID datasetId, int page, int size) {
    return store.page(datasetId, page, size).stream()
        .map(
            trace ->
                new TraceSummaryDto(
                    trace.id(),
                    TraceDirectionDto.fromValue(trace.direction()),
                    AttributionRuleDto.fromValue(trace.rule()),
                    trace.currency(),
                    trace.seedAmount().toPlainString(),
                    trace.endPointCount(),
                    trace.createdAt().atOffset(ZoneOffset.UTC),
                    trace.createdBy()))
        .toList();
  }

  long count(UUID datasetId) {
    access.requireVisible(datasetId);
    return store.count(datasetId);
  }

  StoredTrace find(UUID datasetId, UUID traceId) {
    access.requireVisible(datasetId);
    return store
        .find(datasetId, traceId)
        .orElseThrow(() -> new NotFoundException("Trace", traceId));
  }

  private static TraceResult run(DatasetGraph graph, TraceRequest request) {
    try {
      return request.direction() == TraceDirection.FORWARD
          ? new ForwardTrace(graph.graph()).trace(request.seed(), request.options())
          : new BackwardTrace(graph.graph()).trace(request.seed(), request.options());
    } catch (IllegalArgumentException e) {
      // What the request check cannot see in advance, e.g. a converted seed without a rate.
      throw new InvalidRequestException("seed", e.getMessage());
    }
  }

  private static Stream<TraceNodeDto> nodes(TraceResultDto result) {
    return Stream.of(
            result.getEndPoints().stream().map(end -> end.getNode()),
            result.getUnexplained().stream().map(end -> end.getNode()),
            result.getFlows().stream().flatMap(flow -> Stream.of(flow.getFrom(), flow.getTo())),
            result.getPaths().stream().flatMap(path -> path.getNodes().stream()))
        .flatMap(s -> s);
  }

  private static TraceDto toDto(StoredTrace trace, NewTraceDto request, TraceResultDto result) {
    return new TraceDto(
        trace.id(),
        trace.datasetId(),
        TraceDirectionDto.fromValue(trace.direction()),
        AttributionRuleDto.fromValue(trace.rule()),
        trace.currency(),
        request,
        result,
        trace.createdAt().atOffset(ZoneOffset.UTC),
        trace.createdBy());
  }
}
