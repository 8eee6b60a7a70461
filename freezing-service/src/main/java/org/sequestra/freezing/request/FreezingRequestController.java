package org.sequestra.freezing.request;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.sequestra.freezing.api.FreezingRequestsApi;
import org.sequestra.freezing.api.model.FreezingRequestDto;
import org.sequestra.freezing.api.model.FreezingRequestPageDto;
import org.sequestra.freezing.api.model.NewFreezingRequestDto;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ISSUING_AUTHORITY', 'ARO_ANALYST', 'ARO_SUPERVISOR')")
class FreezingRequestController implements FreezingRequestsApi {

  private static final Logger log = LoggerFactory.getLogger(FreezingRequestController.class);

  private final FreezingRequestRepository requests;
  private final FreezingRequestMapper mapper;
  private final Clock clock;

  FreezingRequestController(
      FreezingRequestRepository requests, FreezingRequestMapper mapper, Clock clock) {
    this.requests = requests;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  @PreAuthorize("hasRole('ISSUING_AUTHORITY')")
  @Transactional
  public ResponseEntity<FreezingRequestDto> createFreezingRequest(NewFreezingRequestDto request) {
    Caller caller = RequestContext.currentCaller();
    FreezingRequest saved =
        requests.save(
            new FreezingRequest(
                mapper.toKind(request.getKind()),
                request.getUrgent(),
                request.getIssuingReference(),
                caller.agency(),
                request.getExecutingCountry(),
                request.getTransmittedAt().toInstant(),
                caller.subject(),
                clock.instant()));
    log.info(
        "Freezing request {} created: {}{} to {}",
        saved.getId(),
        saved.getKind(),
        saved.isUrgent() ? " (urgent)" : "",
        saved.getExecutingCountry());
    return ResponseEntity.created(URI.create("/api/v1/freezing-requests/" + saved.getId()))
        .body(mapper.toDto(saved));
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<FreezingRequestDto> getFreezingRequest(UUID requestId) {
    return requests
        .findByIdAndIssuingAgency(requestId, RequestContext.currentCaller().agency())
        .map(mapper::toDto)
        .map(ResponseEntity::ok)
        .orElseThrow(() -> new NotFoundException("Freezing request", requestId));
  }

  @Override
  @Transactional(readOnly = true)
  public ResponseEntity<FreezingRequestPageDto> listFreezingRequests(Integer page, Integer size) {
    Page<FreezingRequest> result =
        requests.findByIssuingAgency(
            RequestContext.currentCaller().agency(),
            Paging.request(page, size, Paging.newestFirst("createdAt")));
    return ResponseEntity.ok(
        new FreezingRequestPageDto(
            result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }
}
