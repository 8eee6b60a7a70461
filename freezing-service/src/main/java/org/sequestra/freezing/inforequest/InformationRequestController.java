package org.sequestra.freezing.inforequest;

import java.net.URI;
import java.util.UUID;
import org.sequestra.freezing.api.InformationRequestsApi;
import org.sequestra.freezing.api.model.InformationRequestDirectionDto;
import org.sequestra.freezing.api.model.InformationRequestDto;
import org.sequestra.freezing.api.model.InformationRequestPageDto;
import org.sequestra.freezing.api.model.NewDelayNoticeDto;
import org.sequestra.freezing.api.model.NewInformationAnswerDto;
import org.sequestra.freezing.api.model.NewInformationRequestDto;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
class InformationRequestController implements InformationRequestsApi {

  private final InformationRequests requests;
  private final InformationRequestMapper mapper;

  InformationRequestController(InformationRequests requests, InformationRequestMapper mapper) {
    this.requests = requests;
    this.mapper = mapper;
  }

  @Override
  public ResponseEntity<InformationRequestDto> createInformationRequest(
      NewInformationRequestDto request) {
    InformationRequestView sent =
        requests.send(RequestContext.currentCaller(), mapper.toDraft(request));
    return ResponseEntity.created(URI.create("/api/v1/information-requests/" + sent.id()))
        .eTag(ETags.of(sent.version()))
        .body(mapper.toDto(sent));
  }

  @Override
  public ResponseEntity<InformationRequestDto> getInformationRequest(UUID requestId) {
    InformationRequestView found = requests.read(RequestContext.currentCaller(), requestId);
    return ResponseEntity.ok().eTag(ETags.of(found.version())).body(mapper.toDto(found));
  }

  @Override
  public ResponseEntity<InformationRequestDto> answerInformationRequest(
      UUID requestId, NewInformationAnswerDto answer, String ifMatch) {
    InformationRequestView answered =
        requests.answer(RequestContext.currentCaller(), requestId, ifMatch, mapper.toDraft(answer));
    return ResponseEntity.ok().eTag(ETags.of(answered.version())).body(mapper.toDto(answered));
  }

  @Override
  public ResponseEntity<InformationRequestDto> recordInformationDelayNotice(
      UUID requestId, NewDelayNoticeDto notice, String ifMatch) {
    InformationRequestView delayed =
        requests.recordDelay(
            RequestContext.currentCaller(), requestId, ifMatch, mapper.toDraft(notice));
    return ResponseEntity.ok().eTag(ETags.of(delayed.version())).body(mapper.toDto(delayed));
  }

  @Override
  public ResponseEntity<InformationRequestPageDto> listInformationRequests(
      InformationRequestDirectionDto direction, Boolean overdue, Integer page, Integer size) {
    Page<InformationRequestView> result =
        requests.list(
            RequestContext.currentCaller(),
            direction == null
                ? InformationRequests.Direction.RECEIVED
                : mapper.toDirection(direction),
            Boolean.TRUE.equals(overdue),
            page,
            size);
    return ResponseEntity.ok(
        new InformationRequestPageDto(
            result.map(mapper::toSummaryDto).getContent(), PageMetadata.of(result)));
  }
}
