package org.sequestra.freezing.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.deadline.DeadlineView;
import org.sequestra.freezing.deadline.DeadlineWatch;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestLifecycle;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.freezing.snapshot.AssetSnapshots;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Builds what a caller sees of a request. */
@Component
public class RequestViews {

  private final RequestDocuments documents;
  private final OpenDeadlines openDeadlines;
  private final DeadlineWatch watch;
  private final RequestDelayNoticeRepository notices;
  private final AssetSnapshots snapshots;

  RequestViews(
      RequestDocuments documents,
      OpenDeadlines openDeadlines,
      DeadlineWatch watch,
      RequestDelayNoticeRepository notices,
      AssetSnapshots snapshots) {
    this.documents = documents;
    this.openDeadlines = openDeadlines;
    this.watch = watch;
    this.notices = notices;
    this.snapshots = snapshots;
  }

  public RequestView of(Caller caller, FreezingRequest request) {
    Certificate certificate = documents.certificate(request);
    return new RequestView(
        request.getId(),
        request.getInstrument(),
        request.getKind(),
        request.getStatus(),
        request.isUrgent(),
        request.getIssuingAgency(),
        request.getIssuingCountry(),
        request.getExecutingAgency(),
        request.getExecutingCountry(),
        request.getCaseId(),
        request.getIssuingReference(),
        request.getLanguage(),
        request.getMlaChannel() == null
            ? null
            : new RequestDraft.MlaDetails(
                RequestDraft.MlaChannel.valueOf(request.getMlaChannel()),
                Boolean.TRUE.equals(request.getMlaEvidential()),
                request.getMlaAgreementId()),
        certificate.freezingCertificate(),
        certificate.confiscationCertificate(),
        request.getVersion(),
        allowedActions(caller, request),
        documents.assetResults(request),
        documents.disposalShare(request),
        request.getSignedBy(),
        request.getIssuedAt(),
        request.getTransmittedAt(),
        request.getReceivedAt(),
        request.getRecognisedAt(),
        request.getRecognitionDueBy(),
        request.getExecutionDueBy(),
        deadlines(request),
        request.getCreatedAt(),
        notices.findByRequestIdOrderByRecordedAtAscIdAsc(request.getId()),
        snapshots.of(request.getId()));
  }

  /** The actions of the caller's side(s) that may follow now, if the caller has the side's role. */
  static List<RequestAction> allowedActions(Caller caller, FreezingRequest request) {
    Set<Side> sides = RequestAccess.sides(caller, request);
    List<RequestAction> allowed = new ArrayList<>();
    for (RequestAction action : RequestLifecycle.allowed(request.lifecycleState())) {
      if (sides.contains(action.side()) && caller.hasRole(action.side().role())) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /** The Regulation's deadlines (or an MLA agreement's) with their state now. */
  private List<DeadlineView> deadlines(FreezingRequest request) {
    return openDeadlines.of(request).stream()
        .map(tracked -> watch.view(tracked.deadline(), tracked.fulfilledAt()))
        .toList();
  }
}
