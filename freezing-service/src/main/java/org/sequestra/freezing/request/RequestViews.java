package org.sequestra.freezing.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestLifecycle;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.freezing.request.RequestView.Deadline;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Builds what a caller sees of a request. */
@Component
public class RequestViews {

  /** A deadline this close is flagged DUE_SOON. */
  static final Duration DUE_SOON = Duration.ofHours(12);

  private final RequestDocuments documents;
  private final Clock clock;

  RequestViews(RequestDocuments documents, Clock clock) {
    this.documents = documents;
    this.clock = clock;
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

  private List<Deadline> deadlines(FreezingRequest request) {
    List<Deadline> deadlines = new ArrayList<>();
    if (request.getRecognitionDueBy() != null) {
      deadlines.add(
          deadline("URGENT_RECOGNITION", request.getRecognitionDueBy(), request.getRecognisedAt()));
    }
    if (request.getExecutionDueBy() != null) {
      deadlines.add(deadline("URGENT_EXECUTION", request.getExecutionDueBy(), executedAt(request)));
    }
    return deadlines;
  }

  private static Instant executedAt(FreezingRequest request) {
    return switch (request.getStatus()) {
      case EXECUTED, SUPERSEDED -> request.getRecognisedAt();
      default -> null;
    };
  }

  private Deadline deadline(String rule, Instant due, Instant metAt) {
    Instant now = clock.instant();
    Deadline.State state;
    if (metAt != null) {
      state = Deadline.State.MET;
    } else if (now.isAfter(due)) {
      state = Deadline.State.OVERDUE;
    } else if (now.plus(DUE_SOON).isAfter(due)) {
      state = Deadline.State.DUE_SOON;
    } else {
      state = Deadline.State.ON_TIME;
    }
    return new Deadline(rule, due, state);
  }
}
