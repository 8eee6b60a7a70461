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
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ISSUING_AUTHORITY', 'ARO_ANALYST', 'ARO_SUPERVISOR')")
class FreezingRequestController implements FreezingRequestsApi {

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
                RequestKind.valueOf(request.getKind().name()),
                request.getUrgent(),
                request.getIssuingReference(),
                caller.agency(),
                request.getExecutingCountry(),
                request.getTransmittedAt().toInstant(),
                caller.subject(),
                clock.instant()));
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
    Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    Page<FreezingRequest> result =
        requests.findByIssuingAgency(
            RequestContext.currentCaller().agency(), PageRequest.of(page, size, newestFirst));
    return ResponseEntity.ok(
        new FreezingRequestPageDto(
            result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }
}
