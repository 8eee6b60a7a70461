package org.sequestra.freezing.inforequest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.freezing.deadline.Deadline;
import org.sequestra.freezing.deadline.DeadlineCalculus;
import org.sequestra.freezing.deadline.DeadlineWatch;
import org.sequestra.freezing.event.RequestEvent;
import org.sequestra.freezing.event.RequestEvents;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.platform.web.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information requests between AROs: sent by one agency of the trust registry to another, answered
 * by the requested agency, visible to those two only (anyone else: not found). Every write and
 * every read of a request's content is audited; the list shows no content.
 */
@Service
class InformationRequests {

  private static final Logger log = LoggerFactory.getLogger(InformationRequests.class);
  private static final String OBJECT = "information-request";

  /** Which side of the requests a list shows. */
  enum Direction {
    SENT,
    RECEIVED
  }

  private final InformationRequestRepository requests;
  private final DeadlineCalculus calculus;
  private final DeadlineWatch watch;
  private final TrustRegistry trustRegistry;
  private final AuditTrail audit;
  private final RequestEvents events;
  private final Clock clock;

  InformationRequests(
      InformationRequestRepository requests,
      DeadlineCalculus calculus,
      DeadlineWatch watch,
      TrustRegistry trustRegistry,
      AuditTrail audit,
      RequestEvents events,
      Clock clock) {
    this.requests = requests;
    this.calculus = calculus;
    this.watch = watch;
    this.trustRegistry = trustRegistry;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  InformationRequestView send(Caller caller, InformationRequestDraft draft) {
    String requestedCountry =
        countryOf(draft.requestedAgency())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "requestedAgency", "is not an agency of the trust registry"));
    if (draft.requestedAgency().equals(caller.agency())) {
      throw new InvalidRequestException("requestedAgency", "is the caller's own agency");
    }
    String requestingCountry =
        caller.country() != null ? caller.country() : countryOf(caller.agency()).orElse(null);
    if (requestingCountry == null) {
      throw new ForbiddenException(
          "agency-required", "Only an agency of the trust registry sends information requests.");
    }
    Instant sentAt = clock.instant();
    Deadline deadline = calculus.compute(draft.urgency().rule(), sentAt, requestedCountry);
    InformationRequest saved =
        requests.saveAndFlush(
            new InformationRequest(
                draft,
                caller.agency(),
                requestingCountry,
                requestedCountry,
                deadline,
                caller.subject()));
    audit.record(
        AuditEvent.by(caller, OBJECT + ".send", OBJECT, saved.getId())
            .onObjectOf(saved.getRequestedAgency())
            .withDetail(
                "to "
                    + saved.getRequestedAgency()
                    + ", "
                    + saved.getUrgency()
                    + ", due "
                    + deadline.dueAt()));
    events.append(
        RequestEvent.of(
            saved.getId(),
            OBJECT + ".sent",
            sentAt,
            saved.getRequestingAgency(),
            saved.getRequestedAgency(),
            eventData(saved)));
    log.info(
        "Information request {} sent by {} to {} ({}), due {}",
        saved.getId(),
        saved.getRequestingAgency(),
        saved.getRequestedAgency(),
        saved.getUrgency(),
        deadline.dueAt());
    return view(saved);
  }

  /** Read-write: the read of the content is audited in the same transaction. */
  @Transactional
  InformationRequestView read(Caller caller, UUID id) {
    InformationRequest found = visible(caller, id);
    audit.record(
        AuditEvent.by(caller, OBJECT + ".read", OBJECT, id)
            .onObjectOf(found.counterpartOf(caller.agency())));
    return view(found);
  }

  @Transactional
  InformationRequestView answer(
      Caller caller, UUID id, String ifMatch, InformationAnswerDraft draft) {
    InformationRequest found =
        openToTheRequestedAgency(caller, id, ifMatch, "answers an information request");
    Instant now = clock.instant();
    boolean late = now.isAfter(found.getDueAt());
    boolean reasonGiven = draft.delayReason() != null && !draft.delayReason().isBlank();
    if (late && !reasonGiven && !found.hasDelayNotice()) {
      throw new UnprocessableException(
          "delay-reason-required",
          "The answer is late (due "
              + found.getDueAt()
              + "): give delayReason, recorded as the delay notice.");
    }
    found.answer(draft, caller.subject(), now);
    InformationRequest saved = requests.saveAndFlush(found);
    audit.record(
        AuditEvent.by(caller, OBJECT + ".answer", OBJECT, id)
            .onObjectOf(saved.getRequestingAgency())
            .withDetail(
                (late ? "late, with a delay notice; " : "")
                    + draft.attachments().size()
                    + " attachment(s)"));
    Map<String, Object> data = eventData(saved);
    data.put("late", late);
    data.put("attachments", draft.attachments().size());
    events.append(
        RequestEvent.of(
            id,
            OBJECT + ".answered",
            now,
            saved.getRequestingAgency(),
            saved.getRequestedAgency(),
            data));
    log.info("Information request {} answered by {}{}", id, caller.agency(), late ? " (late)" : "");
    return view(saved);
  }

  /**
   * The request as the requested agency may still act on it: visible (else 404), the caller's
   * agency the requested one (else 403), the version matched (428/412) and not yet answered (409).
   */
  private InformationRequest openToTheRequestedAgency(
      Caller caller, UUID id, String ifMatch, String act) {
    InformationRequest found = visible(caller, id);
    if (!caller.agency().equals(found.getRequestedAgency())) {
      throw new ForbiddenException(
          "requested-agency-only", "Only the requested agency " + act + ".");
    }
    ETags.requireMatch(ifMatch, found.getVersion());
    if (found.isAnswered()) {
      throw new ConflictException(
          "already-answered", "The information request was answered at " + found.getAnsweredAt());
    }
    return found;
  }

  @Transactional
  InformationRequestView recordDelay(
      Caller caller, UUID id, String ifMatch, DelayNoticeDraft notice) {
    InformationRequest found =
        openToTheRequestedAgency(caller, id, ifMatch, "records a delay notice");
    Instant now = clock.instant();
    found.recordDelay(notice, caller.subject(), now);
    InformationRequest saved = requests.saveAndFlush(found);
    audit.record(
        AuditEvent.by(caller, OBJECT + ".delay-notice", OBJECT, id)
            .onObjectOf(saved.getRequestingAgency())
            .withDetail(
                notice.expectedAnswerBy() == null
                    ? "no expected date"
                    : "answer expected by " + notice.expectedAnswerBy()));
    Map<String, Object> data = eventData(saved);
    if (notice.expectedAnswerBy() != null) {
      data.put("expectedAnswerBy", notice.expectedAnswerBy().toString());
    }
    events.append(
        RequestEvent.of(
            id,
            OBJECT + ".delayed",
            now,
            saved.getRequestingAgency(),
            saved.getRequestedAgency(),
            data));
    return view(saved);
  }

  @Transactional(readOnly = true)
  Page<InformationRequestView> list(
      Caller caller, Direction direction, boolean overdue, Integer page, Integer size) {
    String agency = caller.agency();
    Page<InformationRequest> found;
    if (overdue) {
      Pageable byDue = Paging.request(page, size, Paging.oldestFirst("dueAt"));
      Instant now = watch.now();
      found =
          direction == Direction.SENT
              ? requests.findByRequestingAgencyAndAnsweredAtIsNullAndDueAtBefore(agency, now, byDue)
              : requests.findByRequestedAgencyAndAnsweredAtIsNullAndDueAtBefore(agency, now, byDue);
    } else {
      Pageable newest = Paging.request(page, size, Paging.newestFirst("sentAt"));
      found =
          direction == Direction.SENT
              ? requests.findByRequestingAgency(agency, newest)
              : requests.findByRequestedAgency(agency, newest);
    }
    return found.map(this::view);
  }

  private InformationRequest visible(Caller caller, UUID id) {
    return requests
        .findById(id)
        .filter(found -> found.involves(caller.agency()))
        .orElseThrow(() -> new NotFoundException("Information request", id));
  }

  private Optional<String> countryOf(String agency) {
    return trustRegistry.issuers().stream()
        .filter(issuer -> !issuer.isHub() && issuer.agency().equals(agency))
        .map(TrustedIssuer::country)
        .findFirst();
  }

  /** What subscribers hear: who, how urgent, by when; never the content. */
  private static Map<String, Object> eventData(InformationRequest request) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("urgency", request.getUrgency().name());
    data.put("requestedCountry", request.getRequestedCountry());
    data.put("dueAt", request.getDueAt().toString());
    return data;
  }

  private InformationRequestView view(InformationRequest request) {
    InformationRequestView.Answer answer =
        request.isAnswered()
            ? new InformationRequestView.Answer(
                request.getAnswerText(), request.getAttachments(), request.getAnsweredAt())
            : null;
    InformationRequestView.DelayNotice delayNotice =
        request.hasDelayNotice()
            ? new InformationRequestView.DelayNotice(
                request.getDelayReason(),
                request.getDelayRecordedAt(),
                request.getExpectedAnswerBy())
            : null;
    return new InformationRequestView(
        request.getId(),
        request.getRequestingAgency(),
        request.getRequestingCountry(),
        request.getRequestedAgency(),
        request.getRequestedCountry(),
        request.getRequestingReference(),
        request.getRegistryCaseId(),
        request.getSubject(),
        request.getReasons(),
        request.getNatureOfProceedings(),
        request.getOffence(),
        request.getLinkToRequestedState(),
        request.getPropertyDetails(),
        request.getUrgency(),
        request.getSentAt(),
        request.isAnswered()
            ? InformationRequestView.Status.ANSWERED
            : InformationRequestView.Status.OPEN,
        watch.view(request.deadline(), request.getAnsweredAt()),
        answer,
        delayNotice,
        request.getVersion());
  }
}
