package org.sequestra.freezing.request;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.deadline.Deadline;
import org.sequestra.freezing.deadline.DeadlineState;
import org.sequestra.freezing.deadline.DeadlineView;
import org.sequestra.freezing.deadline.DeadlineWatch;
import org.sequestra.freezing.event.RequestEvent;
import org.sequestra.freezing.event.RequestEvents;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missed deadlines: the executing authority's delay notices (Art 9(5), Art 20(4)) and each agency's
 * overdue list. Where it is "not possible to meet" a time limit the authority says so at once, so a
 * notice is taken from the moment the deadline is due soon, not only once it has passed.
 */
@Service
class DelayNotices {

  private static final Logger log = LoggerFactory.getLogger(DelayNotices.class);

  /** One overdue request as its agency's list shows it. */
  record Overdue(FreezingRequest request, DeadlineView deadline, boolean delayNotified) {}

  /** What the executing authority states. */
  record Draft(String reason, Instant expectedBy) {}

  private final RequestAccess access;
  private final FreezingRequestRepository requests;
  private final RequestDelayNoticeRepository notices;
  private final OpenDeadlines openDeadlines;
  private final DeadlineWatch watch;
  private final RequestEvents events;
  private final AuditTrail audit;
  private final Clock clock;

  DelayNotices(
      RequestAccess access,
      FreezingRequestRepository requests,
      RequestDelayNoticeRepository notices,
      OpenDeadlines openDeadlines,
      DeadlineWatch watch,
      RequestEvents events,
      AuditTrail audit,
      Clock clock) {
    this.access = access;
    this.requests = requests;
    this.notices = notices;
    this.openDeadlines = openDeadlines;
    this.watch = watch;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  FreezingRequest record(Caller caller, UUID requestId, String ifMatch, Draft draft) {
    FreezingRequest request = access.lockedForAct(caller, requestId);
    if (!RequestAccess.sides(caller, request).contains(Side.EXECUTING)) {
      throw new ForbiddenException(
          "executing-side-only", "Only the executing agency records a delay notice.");
    }
    ETags.requireMatch(ifMatch, request.getVersion());
    Deadline deadline =
        openDeadlines
            .open(request)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "no-deadline-running",
                        "No deadline of the request runs: there is nothing to be late for."));
    DeadlineState state = watch.stateOf(deadline, null);
    if (state == DeadlineState.ON_TIME) {
      throw new ConflictException(
          "deadline-on-time",
          "The "
              + deadline.rule()
              + " deadline ends at "
              + deadline.dueAt()
              + " and is not yet due soon (from "
              + deadline.dueSoonFrom(watch.policy())
              + ").");
    }
    Instant now = clock.instant();
    if (!draft.expectedBy().isAfter(now)) {
      throw new UnprocessableException(
          "expected-date-past", "expectedBy must be in the future (now " + now + ").");
    }
    RequestDelayNotice notice =
        notices.save(
            new RequestDelayNotice(
                request.getId(),
                deadline.rule(),
                deadline.dueAt(),
                draft.reason(),
                draft.expectedBy(),
                now,
                caller.username() != null ? caller.username() : caller.subject(),
                caller.agency()));
    request.delayNotified(now);
    requests.flush();
    audit.record(
        AuditEvent.by(caller, "request.delay-notice", "freezing-request", request.getId())
            .onObjectOf(request.getIssuingAgency())
            .withDetail(deadline.rule() + " " + state + ", expected by " + draft.expectedBy()));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("requestId", request.getId().toString());
    data.put("status", request.getStatus().name());
    data.put("noticeId", notice.getId().toString());
    data.put("deadlineRule", deadline.rule().name());
    data.put("deadlineDueAt", deadline.dueAt().toString());
    data.put("deadlineState", state.name());
    data.put("expectedBy", draft.expectedBy().toString());
    data.put("issuingAgency", request.getIssuingAgency());
    data.put("executingAgency", request.getExecutingAgency());
    // the reasons go to the issuing authority through the request itself, not every subscriber
    events.append(
        RequestEvent.of(
            request.getId(),
            "request.delay-notified",
            now,
            request.getIssuingAgency(),
            request.getExecutingAgency(),
            data));
    log.info(
        "Request {}: delay notice on {} ({}) by {}",
        request.getId(),
        deadline.rule(),
        state,
        caller.agency());
    return request;
  }

  /** The agency's requests with an overdue deadline it must meet, the latest due first. */
  @Transactional
  Page<Overdue> overdue(Caller caller, Integer page, Integer size) {
    Instant now = clock.instant();
    PageRequest pageable =
        Paging.request(
            page, size, Sort.by(Sort.Order.desc("openDeadlineDueAt"), Sort.Order.asc("id")));
    Page<FreezingRequest> found = requests.findOverdue(caller.agency(), now, pageable);
    List<UUID> ids = found.getContent().stream().map(FreezingRequest::getId).toList();
    Set<String> notified = new HashSet<>();
    if (!ids.isEmpty()) {
      for (RequestDelayNotice notice : notices.findByRequestIdIn(ids)) {
        notified.add(notice.getRequestId() + "@" + notice.getDeadlineDueAt());
      }
    }
    audit.record(
        AuditEvent.by(caller, "request.overdue.list", "freezing-request", null)
            .withDetail(found.getNumberOfElements() + " overdue requests"));
    return found.map(
        request -> {
          Deadline deadline = openDeadlines.open(request).orElseThrow();
          return new Overdue(
              request,
              watch.view(deadline, null),
              notified.contains(request.getId() + "@" + deadline.dueAt()));
        });
  }
}
