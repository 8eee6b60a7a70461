package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.trace.dataset.DatasetAccess;
import org.sequestra.trace.engine.AttributionRule;
import org.sequestra.trace.engine.BackwardTrace;
import org.sequestra.trace.engine.ForwardTrace;
import org.sequestra.trace.engine.TraceDirection;
import org.sequestra.trace.engine.TraceResult;
import org.sequestra.trace.graph.DatasetGraph;
import org.sequestra.trace.graph.GraphCache;
import org.sequestra.trace.tracing.TraceStore.StoredTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Runs traces on a dataset's graph, stores them and reads them back. */
@Service
class TraceService {

  private static final Logger log = LoggerFactory.getLogger(TraceService.class);

  private final DatasetAccess access;
  private final GraphCache graphs;
  private final SeedChecks seedChecks;
  private final TraceStore store;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TraceService(
      DatasetAccess access,
      GraphCache graphs,
      SeedChecks seedChecks,
      TraceStore store,
      AuditTrail audit,
      JsonMapper json,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.access = access;
    this.graphs = graphs;
    this.seedChecks = seedChecks;
    this.store = store;
    this.audit = audit;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  Trace create(UUID datasetId, NewTrace request) {
    access.requireVisible(datasetId);
    DatasetGraph graph = graphs.graphOf(datasetId);
    SeedChecks.Checked seeded = seedChecks.check(datasetId, graph, TraceRequest.of(request, graph));
    TraceRequest checked = seeded.request();
    TraceResult result = run(graph, checked);
    TraceReport report =
        new TraceResults(graph, checked.options().currency()).report(result, seeded.check());
    Caller caller = RequestContext.currentCaller();
    StoredTrace trace =
        new StoredTrace(
            UUID.randomUUID(),
            datasetId,
            request.direction().name(),
            request.rule().name(),
            checked.currency(),
            new BigDecimal(report.seedAmount()),
            report.endPoints().size(),
            json.writeValueAsString(request),
            json.writeValueAsString(report),
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
    log.info(
        "Trace {} on dataset {}: {} {}, {} end points, {} flows, {} unexplained",
        trace.id(),
        datasetId,
        trace.direction(),
        trace.rule(),
        result.endPoints().size(),
        result.flows().size(),
        result.unexplained().size());
    return trace(trace, request, report);
  }

  /** The stored trace, with the registry links its accounts have now; audited as a read. */
  Trace get(UUID datasetId, UUID traceId) {
    StoredTrace trace = find(datasetId, traceId);
    Caller caller = RequestContext.currentCaller();
    audit.record(
        AuditEvent.by(caller, "trace.read", "trace", traceId)
            .onObjectOf(caller.agency())
            .withDetail("dataset " + datasetId));
    TraceReport result = report(trace).withRegistryAssets(store.registryAssets(datasetId));
    return trace(trace, json.readValue(trace.request(), NewTrace.class), result);
  }

  /** A page of the dataset's traces, newest first, without their requests and results. */
  List<StoredTrace> page(UUID datasetId, int page, int size) {
    return store.page(datasetId, page, size);
  }

  /** The stored trace's result. */
  TraceReport report(StoredTrace trace) {
    return json.readValue(trace.result(), TraceReport.class);
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

  private static Trace trace(StoredTrace trace, NewTrace request, TraceReport result) {
    return new Trace(
        trace.id(),
        trace.datasetId(),
        TraceDirection.valueOf(trace.direction()),
        AttributionRule.valueOf(trace.rule()),
        trace.currency(),
        request,
        result,
        trace.createdAt(),
        trace.createdBy());
  }
}
