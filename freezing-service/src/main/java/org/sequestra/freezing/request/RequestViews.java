package org.sequestra.freezing.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.deadline.DeadlineCalculus;
import org.sequestra.freezing.deadline.DeadlineView;
import org.sequestra.freezing.deadline.DeadlineWatch;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.lifecycle.RequestLifecycle;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Builds what a caller sees of a request. */
@Component
public class RequestViews {

  private final RequestDocuments documents;
  private final DeadlineCalculus calculus;
  private final DeadlineWatch watch;

  RequestViews(RequestDocuments documents, DeadlineCalculus calculus, DeadlineWatch watch) {
    this.documents = documents;
    this.calculus = calculus;
    this.watch = watch;
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
                Boolean.TRUE.equals(request.getMlaEvidential())),
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
        request.getCreatedAt());
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

  /**
   * The Regulation's deadlines that run on the request (none for MLA): urgent freezing, 48 hours to
   * decide from receipt and 48 hours to execute from recognition (Art 9(3)); confiscation, 45 days
   * to decide from receipt in the executing State's calendar (Art 20(1)).
   */
  private List<DeadlineView> deadlines(FreezingRequest request) {
    List<DeadlineView> deadlines = new ArrayList<>();
    if (request.getInstrument() != LegalInstrument.REGULATION_2018_1805
        || request.getReceivedAt() == null) {
      return deadlines;
    }
    if (request.getKind() == RequestKind.FREEZING && request.isUrgent()) {
      deadlines.add(
          watch.view(
              calculus.urgentFreezingRecognition(request.getReceivedAt()), request.getDecidedAt()));
      if (request.getRecognisedAt() != null) {
        deadlines.add(
            watch.view(
                calculus.urgentFreezingExecution(request.getRecognisedAt()),
                request.getExecutedAt()));
      }
    } else if (request.getKind() == RequestKind.CONFISCATION) {
      deadlines.add(
          watch.view(
              calculus.confiscationRecognition(
                  request.getReceivedAt(), request.getExecutingCountry()),
              request.getDecidedAt()));
    }
    return deadlines;
  }
}
