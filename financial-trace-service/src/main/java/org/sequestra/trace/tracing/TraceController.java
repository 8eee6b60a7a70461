package org.sequestra.trace.tracing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.trace.api.TracesApi;
import org.sequestra.trace.api.model.AssetProposalDto;
import org.sequestra.trace.api.model.NewAssetProposalDto;
import org.sequestra.trace.api.model.NewTraceDto;
import org.sequestra.trace.api.model.TraceDto;
import org.sequestra.trace.api.model.TraceEndPointPageDto;
import org.sequestra.trace.api.model.TraceFlowPageDto;
import org.sequestra.trace.api.model.TracePageDto;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
class TraceController implements TracesApi {

  private final TraceService traces;
  private final TraceProposals proposals;
  private final TraceMapper mapper;

  TraceController(TraceService traces, TraceProposals proposals, TraceMapper mapper) {
    this.traces = traces;
    this.proposals = proposals;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<TraceDto> createTrace(
      UUID datasetId, NewTraceDto request, String idempotencyKey) {
    // A retry with the same Idempotency-Key is answered by the platform's filter before this runs.
    TraceDto trace = mapper.toDto(traces.create(datasetId, mapper.toNewTrace(request)));
    return ResponseEntity.created(
            URI.create("/api/v1/datasets/" + datasetId + "/traces/" + trace.getId()))
        .body(trace);
  }

  @Override
  public ResponseEntity<TraceDto> getTrace(UUID datasetId, UUID traceId) {
    return ResponseEntity.ok(mapper.toDto(traces.get(datasetId, traceId)));
  }

  @Override
  public ResponseEntity<TracePageDto> listTraces(UUID datasetId, Integer page, Integer size) {
    int number = Paging.page(page);
    int count = Paging.size(size);
    long total = traces.count(datasetId);
    return ResponseEntity.ok(
        new TracePageDto(
            traces.page(datasetId, number, count).stream().map(mapper::toSummary).toList(),
            PageMetadata.of(number, count, total)));
  }

  @Override
  public ResponseEntity<TraceFlowPageDto> listTraceFlows(
      UUID datasetId, UUID traceId, Integer page, Integer size) {
    TraceService.ItemPage<TraceReport.Flow> flows =
        traces.flows(datasetId, traceId, Paging.page(page), Paging.size(size));
    return ResponseEntity.ok(new TraceFlowPageDto(mapper.toFlowDtos(flows.items()), flows.page()));
  }

  @Override
  public ResponseEntity<TraceEndPointPageDto> listTraceEndPoints(
      UUID datasetId, UUID traceId, Integer page, Integer size) {
    return ResponseEntity.ok(
        endPointPage(traces.endPoints(datasetId, traceId, Paging.page(page), Paging.size(size))));
  }

  @Override
  public ResponseEntity<TraceEndPointPageDto> listTraceUnexplained(
      UUID datasetId, UUID traceId, Integer page, Integer size) {
    return ResponseEntity.ok(
        endPointPage(traces.unexplained(datasetId, traceId, Paging.page(page), Paging.size(size))));
  }

  private TraceEndPointPageDto endPointPage(TraceService.ItemPage<TraceReport.EndPoint> ends) {
    return new TraceEndPointPageDto(mapper.toEndPointDtos(ends.items()), ends.page());
  }

  @Override
  public ResponseEntity<String> exportTraceCsv(UUID datasetId, UUID traceId) {
    Trace trace = traces.getWhole(datasetId, traceId);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"trace-" + traceId + ".csv\"")
        .body(TraceCsv.of(trace));
  }

  @Override
  public ResponseEntity<String> exportTraceSvg(UUID datasetId, UUID traceId) {
    Trace trace = traces.getWhole(datasetId, traceId);
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("image/svg+xml"))
        .body(TraceSvg.of(trace));
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<AssetProposalDto> proposeEndPoint(
      UUID datasetId, UUID traceId, Long accountId, NewAssetProposalDto request) {
    TraceProposals.Outcome outcome =
        proposals.propose(datasetId, traceId, accountId, mapper.toRequest(request));
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(mapper.toDto(outcome.proposal()));
  }
}
