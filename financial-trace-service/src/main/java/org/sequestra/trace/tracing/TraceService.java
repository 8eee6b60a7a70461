package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
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
import org.sequestra.trace.tracing.TraceStore.Chunked;
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
  private final int inlineItems;

  TraceService(
      DatasetAccess access,
      GraphCache graphs,
      SeedChecks seedChecks,
      TraceStore store,
      AuditTrail audit,
      JsonMapper json,
      PlatformTransactionManager transactions,
      Clock clock,
      TraceProperties properties) {
    this.access = access;
    this.graphs = graphs;
    this.seedChecks = seedChecks;
    this.store = store;
    this.audit = audit;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.inlineItems = properties.resultInlineItems();
  }

  /** Items a stored chunk of a list holds: a page of the largest size touches at most two. */
  static final int CHUNK_ITEMS = Paging.MAX_SIZE;

  /** One page of a list of a trace's result. */
  record ItemPage<T>(List<T> items, PageMetadata page) {}

  Trace create(UUID datasetId, NewTrace request) {
    // One look-up: the access check, and the version a cached graph must have to be current.
    long version = access.requireVisibleGraphVersion(datasetId);
    DatasetGraph graph = graphs.graphOf(datasetId, version);
    SeedChecks.Checked seeded = seedChecks.check(datasetId, graph, TraceRequest.of(request, graph));
    TraceRequest checked = seeded.request();
    TraceResult result = run(graph, checked);
    TraceReport report =
        new TraceResults(graph, checked.options().currency()).report(result, seeded.check());
    // A large result keeps its first items in its document and every item in chunks beside it.
    TraceReport inline = report.inline(inlineItems);
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
            json.writeValueAsString(inline),
            graph.version(),
            clock.instant(),
            caller.subject());
    transaction.executeWithoutResult(
        status -> {
          store.insert(trace);
          if (!inline.hasEveryItem()) {
            storeChunks(trace.id(), Chunked.FLOWS, report.flows());
            storeChunks(trace.id(), Chunked.END_POINTS, report.endPoints());
            storeChunks(trace.id(), Chunked.UNEXPLAINED, report.unexplained());
          }
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
    return trace(trace, request, inline);
  }

  /** The stored trace, with the registry links its accounts have now; audited as a read. */
  Trace get(UUID datasetId, UUID traceId) {
    StoredTrace trace = find(datasetId, traceId);
    Caller caller = RequestContext.currentCaller();
    audit.record(
        AuditEvent.by(caller, "trace.read", "trace", traceId)
            .onObjectOf(caller.agency())
            .withDetail("dataset " + datasetId));
    TraceReport result = inlineReport(trace).withRegistryAssets(store.registryAssets(datasetId));
    return trace(trace, json.readValue(trace.request(), NewTrace.class), result);
  }

  /** The stored trace with every item of its result (for the exports); audited as a read. */
  Trace getWhole(UUID datasetId, UUID traceId) {
    StoredTrace trace = find(datasetId, traceId);
    Caller caller = RequestContext.currentCaller();
    audit.record(
        AuditEvent.by(caller, "trace.read", "trace", traceId)
            .onObjectOf(caller.agency())
            .withDetail("dataset " + datasetId + ", whole result"));
    TraceReport result = report(trace).withRegistryAssets(store.registryAssets(datasetId));
    return trace(trace, json.readValue(trace.request(), NewTrace.class), result);
  }

  ItemPage<TraceReport.Flow> flows(UUID datasetId, UUID traceId, int page, int size) {
    return itemPage(
        datasetId,
        traceId,
        new Listed<>(
            Chunked.FLOWS,
            TraceReport.Flow.class,
            TraceReport::flows,
            TraceReport::flowCount,
            TraceReport::withRegistryAssets),
        page,
        size);
  }

  ItemPage<TraceReport.EndPoint> endPoints(UUID datasetId, UUID traceId, int page, int size) {
    return itemPage(
        datasetId,
        traceId,
        new Listed<>(
            Chunked.END_POINTS,
            TraceReport.EndPoint.class,
            TraceReport::endPoints,
            TraceReport::endPointCount,
            TraceReport::endPointsWithRegistryAssets),
        page,
        size);
  }

  ItemPage<TraceReport.EndPoint> unexplained(UUID datasetId, UUID traceId, int page, int size) {
    return itemPage(
        datasetId,
        traceId,
        new Listed<>(
            Chunked.UNEXPLAINED,
            TraceReport.EndPoint.class,
            TraceReport::unexplained,
            TraceReport::unexplainedCount,
            TraceReport::endPointsWithRegistryAssets),
        page,
        size);
  }

  /** A list of a result: where its items are stored and how its accounts are linked. */
  private record Listed<T>(
      Chunked chunked,
      Class<T> type,
      Function<TraceReport, List<T>> inline,
      Function<TraceReport, Long> count,
      BiFunction<List<T>, Map<Long, UUID>, List<T>> linked) {}

  private <T> ItemPage<T> itemPage(
      UUID datasetId, UUID traceId, Listed<T> list, int page, int size) {
    StoredTrace trace = find(datasetId, traceId);
    Caller caller = RequestContext.currentCaller();
    audit.record(
        AuditEvent.by(caller, "trace.read", "trace", traceId)
            .onObjectOf(caller.agency())
            .withDetail("dataset " + datasetId + ", " + list.chunked().name() + " page " + page));
    TraceReport report = inlineReport(trace);
    long count = list.count().apply(report);
    long offset = (long) page * size;
    List<T> items;
    if (offset >= count) {
      items = List.of();
    } else if (list.inline().apply(report).size() == count) {
      List<T> all = list.inline().apply(report);
      items = all.subList((int) offset, (int) Math.min(count, offset + size));
    } else {
      int first = (int) (offset / CHUNK_ITEMS);
      int last = (int) ((Math.min(count, offset + size) - 1) / CHUNK_ITEMS);
      List<T> read = new ArrayList<>();
      for (String chunk : store.chunks(traceId, list.chunked(), first, last)) {
        read.addAll(json.readerForListOf(list.type()).readValue(chunk));
      }
      int from = (int) (offset - (long) first * CHUNK_ITEMS);
      items = read.subList(Math.min(from, read.size()), Math.min(from + size, read.size()));
    }
    return new ItemPage<>(
        list.linked().apply(List.copyOf(items), store.registryAssets(datasetId)),
        PageMetadata.of(page, size, count));
  }

  /** A page of the dataset's traces, newest first, without their requests and results. */
  List<StoredTrace> page(UUID datasetId, int page, int size) {
    return store.page(datasetId, page, size);
  }

  /** The stored trace's whole result: its document, and the chunks of a large one. */
  TraceReport report(StoredTrace trace) {
    TraceReport report = inlineReport(trace);
    if (report.hasEveryItem()) {
      return report;
    }
    return new TraceReport(
        report.seedAmount(),
        whole(trace, Chunked.END_POINTS, TraceReport.EndPoint.class, report.endPoints()),
        whole(trace, Chunked.UNEXPLAINED, TraceReport.EndPoint.class, report.unexplained()),
        whole(trace, Chunked.FLOWS, TraceReport.Flow.class, report.flows()),
        report.paths(),
        report.reconciliation(),
        report.seedCheck(),
        report.flowCount(),
        report.endPointCount(),
        report.unexplainedCount());
  }

  /** The stored trace's result document: whole for a small result, the first items otherwise. */
  private TraceReport inlineReport(StoredTrace trace) {
    return json.readValue(trace.result(), TraceReport.class);
  }

  private <T> List<T> whole(StoredTrace trace, Chunked list, Class<T> type, List<T> inline) {
    List<String> chunks = store.chunks(trace.id(), list, 0, Integer.MAX_VALUE);
    if (chunks.isEmpty()) {
      return inline;
    }
    List<T> items = new ArrayList<>();
    for (String chunk : chunks) {
      items.addAll(json.readerForListOf(type).readValue(chunk));
    }
    return items;
  }

  private <T> void storeChunks(UUID traceId, Chunked list, List<T> items) {
    if (items.size() <= inlineItems) {
      return;
    }
    List<String> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CHUNK_ITEMS) {
      chunks.add(
          json.writeValueAsString(items.subList(from, Math.min(items.size(), from + CHUNK_ITEMS))));
    }
    store.insertChunks(traceId, list, chunks);
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
        trace.graphVersion(),
        trace.createdAt(),
        trace.createdBy());
  }
}
