package org.sequestra.freezing.request;

import java.net.URI;
import java.util.UUID;
import org.sequestra.freezing.api.RequestsApi;
import org.sequestra.freezing.api.model.FreezingRequestDto;
import org.sequestra.freezing.api.model.FreezingRequestPageDto;
import org.sequestra.freezing.api.model.NewRequestDelayNoticeDto;
import org.sequestra.freezing.api.model.NewRequestTransitionDto;
import org.sequestra.freezing.api.model.OverdueRequestPageDto;
import org.sequestra.freezing.api.model.RequestDraftDto;
import org.sequestra.freezing.api.model.RequestHistoryDto;
import org.sequestra.freezing.api.model.RequestStatusDto;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.InvalidRequestException;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts and reads. Drafts belong to the issuing side's ISSUING_AUTHORITY (analysts and supervisors
 * prepare cases in the registry, not certificates: the certificate is a judicial act). Both sides'
 * authorities, prosecutors, analysts and supervisors read what their agency may see. The
 * transitions are served by {@link TransitionsController}.
 */
@RestController
@PreAuthorize(
    "hasAnyRole('ISSUING_AUTHORITY', 'EXECUTING_AUTHORITY', 'PROSECUTOR', 'ARO_ANALYST',"
        + " 'ARO_SUPERVISOR')")
class FreezingRequestController implements RequestsApi {

  private final RequestDrafts drafts;
  private final RequestViews views;
  private final RequestMapper mapper;
  private final TransitionsController transitions;
  private final CertificateDocumentController certificates;
  private final DelayNotices delayNotices;
  private final DelayNoticeMapper delayNoticeMapper;

  FreezingRequestController(
      RequestDrafts drafts,
      RequestViews views,
      RequestMapper mapper,
      TransitionsController transitions,
      CertificateDocumentController certificates,
      DelayNotices delayNotices,
      DelayNoticeMapper delayNoticeMapper) {
    this.drafts = drafts;
    this.views = views;
    this.mapper = mapper;
    this.transitions = transitions;
    this.certificates = certificates;
    this.delayNotices = delayNotices;
    this.delayNoticeMapper = delayNoticeMapper;
  }

  @Override
  @PreAuthorize("hasRole('ISSUING_AUTHORITY')")
  public ResponseEntity<FreezingRequestDto> createFreezingRequest(RequestDraftDto draft) {
    Caller caller = RequestContext.currentCaller();
    FreezingRequest saved = drafts.create(caller, mapper.toDraft(draft));
    return ResponseEntity.created(URI.create("/api/v1/freezing-requests/" + saved.getId()))
        .eTag(ETags.of(saved.getVersion()))
        .body(mapper.toDto(views.of(caller, saved)));
  }

  @Override
  @PreAuthorize("hasRole('ISSUING_AUTHORITY')")
  public ResponseEntity<FreezingRequestDto> replaceFreezingRequestDraft(
      UUID requestId, RequestDraftDto draft, String ifMatch) {
    Caller caller = RequestContext.currentCaller();
    FreezingRequest saved = drafts.replace(caller, requestId, ifMatch, mapper.toDraft(draft));
    return ResponseEntity.ok()
        .eTag(ETags.of(saved.getVersion()))
        .body(mapper.toDto(views.of(caller, saved)));
  }

  @Override
  public ResponseEntity<FreezingRequestDto> getFreezingRequest(UUID requestId) {
    Caller caller = RequestContext.currentCaller();
    FreezingRequest request = drafts.read(caller, requestId);
    return ResponseEntity.ok()
        .eTag(ETags.of(request.getVersion()))
        .body(mapper.toDto(views.of(caller, request)));
  }

  @Override
  public ResponseEntity<FreezingRequestPageDto> listFreezingRequests(
      String role, RequestStatusDto status, Integer page, Integer size) {
    Caller caller = RequestContext.currentCaller();
    Page<FreezingRequest> result =
        drafts.list(
            caller,
            side(role),
            status == null ? null : RequestStatus.valueOf(status.name()),
            Paging.request(page, size, Paging.newestFirst("createdAt")));
    return ResponseEntity.ok(
        new FreezingRequestPageDto(
            result.map(request -> mapper.toDto(views.of(caller, request))).getContent(),
            PageMetadata.of(result)));
  }

  private static Side side(String role) {
    if (role == null) {
      return null;
    }
    return switch (role) {
      case "issuing" -> Side.ISSUING;
      case "executing" -> Side.EXECUTING;
      default -> throw new InvalidRequestException("role", "must be issuing or executing");
    };
  }

  @Override
  @PreAuthorize("hasAnyRole('ISSUING_AUTHORITY', 'EXECUTING_AUTHORITY')")
  public ResponseEntity<FreezingRequestDto> recordRequestTransition(
      UUID requestId, NewRequestTransitionDto transition, String ifMatch) {
    return transitions.record(requestId, ifMatch, transition);
  }

  @Override
  public ResponseEntity<RequestHistoryDto> listRequestTransitions(UUID requestId) {
    return transitions.history(requestId);
  }

  @Override
  public ResponseEntity<Resource> getFreezingRequestCertificate(UUID requestId) {
    return certificates.certificate(requestId);
  }

  @Override
  @PreAuthorize("hasRole('EXECUTING_AUTHORITY')")
  public ResponseEntity<FreezingRequestDto> recordRequestDelayNotice(
      UUID requestId, NewRequestDelayNoticeDto notice, String ifMatch) {
    Caller caller = RequestContext.currentCaller();
    FreezingRequest request =
        delayNotices.record(
            caller,
            requestId,
            ifMatch,
            new DelayNotices.Draft(notice.getReason(), notice.getExpectedBy().toInstant()));
    return ResponseEntity.created(
            URI.create("/api/v1/freezing-requests/" + requestId + "/delay-notices"))
        .eTag(ETags.of(request.getVersion()))
        .body(mapper.toDto(views.of(caller, request)));
  }

  @Override
  public ResponseEntity<OverdueRequestPageDto> listOverdueFreezingRequests(
      Integer page, Integer size) {
    Page<DelayNotices.Overdue> result =
        delayNotices.overdue(RequestContext.currentCaller(), page, size);
    return ResponseEntity.ok(
        new OverdueRequestPageDto(
            result.map(delayNoticeMapper::toDto).getContent(), PageMetadata.of(result)));
  }
}
