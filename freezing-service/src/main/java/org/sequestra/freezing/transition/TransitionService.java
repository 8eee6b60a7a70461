package org.sequestra.freezing.transition;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.lifecycle.Act;
import org.sequestra.freezing.lifecycle.ActRules;
import org.sequestra.freezing.lifecycle.DisposalShare;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestLifecycle;
import org.sequestra.freezing.lifecycle.RequestRuleBroken;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.request.OpenDeadlines;
import org.sequestra.freezing.request.RequestAccess;
import org.sequestra.freezing.request.RequestDocuments;
import org.sequestra.freezing.request.RequestIdentifiers;
import org.sequestra.freezing.snapshot.AssetSnapshots;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.freezing.snapshot.domain.RegistryReadings;
import org.sequestra.freezing.snapshot.domain.SnapshotRules;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the steps of a request. The request's row is locked while a step is checked and written,
 * so two steps serialise: the second sees the first's version and fails its If-Match. Checks, in
 * order: visible (404), the caller's side and role (403), If-Match (428, 412), the lifecycle (409),
 * what the act states and the Regulation (422).
 */
@Service
class TransitionService {

  private static final Logger log = LoggerFactory.getLogger(TransitionService.class);

  private final RequestAccess access;
  private final RequestDocuments documents;
  private final RequestTransitionRepository history;
  private final TransitionChecks checks;
  private final TransitionEffects effects;
  private final EntityManager entityManager;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;
  private final OpenDeadlines openDeadlines;
  private final AssetSnapshots snapshots;
  private final RequestIdentifiers identifiers;

  TransitionService(
      RequestAccess access,
      RequestDocuments documents,
      RequestTransitionRepository history,
      TransitionChecks checks,
      TransitionEffects effects,
      EntityManager entityManager,
      AuditTrail audit,
      JsonMapper json,
      Clock clock,
      OpenDeadlines openDeadlines,
      AssetSnapshots snapshots,
      RequestIdentifiers identifiers) {
    this.access = access;
    this.documents = documents;
    this.history = history;
    this.checks = checks;
    this.effects = effects;
    this.entityManager = entityManager;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.openDeadlines = openDeadlines;
    this.snapshots = snapshots;
    this.identifiers = identifiers;
  }

  /**
   * The assets an ISSUE would read from the registry, after the checks that come before it (404,
   * 403, 428/412, 409), so that no registry read happens for a step refused anyway. No lock: the
   * step itself checks again under the lock, and its If-Match catches a change in between.
   */
  @Transactional(readOnly = true)
  ToIssue assetsToIssue(Caller caller, UUID requestId, String ifMatch) {
    FreezingRequest request = access.readable(caller, requestId);
    requireSide(caller, request, RequestAction.ISSUE.side());
    ETags.requireMatch(ifMatch, request.getVersion());
    RequestLifecycle.next(request.lifecycleState(), RequestAction.ISSUE);
    return new ToIssue(request.getCaseId(), documents.certificate(request).assetIds());
  }

  /** What an ISSUE reads from the registry: the request's case and the certificate's assets. */
  record ToIssue(UUID caseId, List<UUID> assetIds) {}

  /**
   * @param readings the registry's assets as the issuer saw them just before (ISSUE only)
   */
  @Transactional
  FreezingRequest record(
      Caller caller, UUID requestId, String ifMatch, Act act, RegistryReadings readings) {
    FreezingRequest request = access.lockedForAct(caller, requestId);
    requireSide(caller, request, act.action().side());
    ETags.requireMatch(ifMatch, request.getVersion());
    RequestStatus from = request.getStatus();
    RequestStatus next = RequestLifecycle.next(request.lifecycleState(), act.action());

    Certificate certificate = documents.certificate(request);
    ActRules.Context context = context(request, certificate);
    List<Violation> faults = checks.check(request, certificate, context, act, readings);
    if (!faults.isEmpty()) {
      throw new RequestRuleBroken(
          act.action() == RequestAction.ISSUE ? "certificate-incomplete" : "transition-incomplete",
          faults.size() == 1
              ? faults.getFirst().field() + " " + faults.getFirst().reason()
              : faults.size() + " fields are invalid.",
          faults);
    }

    Instant now = clock.instant();
    Instant occurredAt = act.occurredAt() == null ? now : act.occurredAt();
    String previousExecutingAgency = request.getExecutingAgency();
    DisposalShare share = null;
    request.moveTo(next, now);
    switch (act.action()) {
      case ISSUE -> {
        request.issued(actor(caller), occurredAt);
        List<AssetSnapshot> kept = SnapshotRules.snapshots(certificate, readings);
        snapshots.keep(request.getId(), kept);
        identifiers.addRegistryIdentifiers(request.getId(), kept);
      }
      case TRANSMIT -> request.transmitted(occurredAt);
      case RECEIVE -> request.received(occurredAt);
      case RECOGNISE -> request.recognised(occurredAt);
      case FORWARD -> request.forwardedTo(act.forwardTo());
      case REFUSE -> request.refused(occurredAt);
      case EXECUTE -> request.executed(documents.writeResults(act.assetResults()), occurredAt);
      case SUPERSEDE -> request.supersededBy(act.supersededBy());
      case DISPOSE -> {
        share = ActRules.share(context, act.disposal());
        request.disposed(documents.writeShare(share));
      }
      default -> {
        // the status says it all
      }
    }
    openDeadlines.refresh(request);
    TransitionDetails details =
        new TransitionDetails(
            act.refusalGround(),
            act.postponementGround(),
            act.expectedDurationDays(),
            act.forwardTo(),
            act.supersededBy(),
            act.assetResults(),
            share);
    history.save(
        new RequestTransition(
            request.getId(),
            (int) history.countByRequestId(request.getId()) + 1,
            act.action(),
            from,
            next,
            actor(caller),
            caller.agency(),
            occurredAt,
            now,
            act.reason(),
            json.writeValueAsString(details)));
    effects.apply(
        new TransitionEffects.Step(
            request,
            act,
            caller.agency(),
            occurredAt,
            previousExecutingAgency,
            certificate,
            documents.assetResults(request),
            details));
    // flushed here so that the answer carries the request's new version (its ETag)
    entityManager.flush();
    audit.record(
        AuditEvent.by(caller, "request.transition", "freezing-request", request.getId())
            .onObjectOf(request.getIssuingAgency())
            .withDetail(from + " -" + act.action() + "-> " + next));
    log.info(
        "Request {} moved from {} to {} by {} ({})",
        request.getId(),
        from,
        next,
        act.action(),
        caller.agency());
    return request;
  }

  @Transactional
  HistoryEntry.History history(Caller caller, UUID requestId) {
    FreezingRequest request = access.readable(caller, requestId);
    audit.record(
        AuditEvent.by(caller, "request.transitions.read", "freezing-request", requestId)
            .onObjectOf(request.getIssuingAgency()));
    List<HistoryEntry> entries =
        history.findByRequestIdOrderBySequenceAsc(requestId).stream()
            .map(
                step ->
                    HistoryEntry.of(
                        step, json.readValue(step.getDetails(), TransitionDetails.class)))
            .toList();
    return new HistoryEntry.History(requestId, request.getStatus(), request.getVersion(), entries);
  }

  private static ActRules.Context context(FreezingRequest request, Certificate certificate) {
    var confiscation = certificate.confiscationCertificate();
    var victims = confiscation == null ? null : confiscation.sectionJ();
    return new ActRules.Context(
        request.lifecycleState(),
        certificate.assetIds(),
        victims != null && victims.decided(),
        victims != null && Boolean.TRUE.equals(victims.proceedingsPending()));
  }

  private static void requireSide(Caller caller, FreezingRequest request, Side side) {
    if (!RequestAccess.sides(caller, request).contains(side) || !caller.hasRole(side.role())) {
      throw new ForbiddenException(
          "side-not-allowed",
          "This step belongs to the "
              + side.name().toLowerCase(java.util.Locale.ROOT)
              + " agency's "
              + side.role()
              + ".");
    }
  }

  private static String actor(Caller caller) {
    return caller.username() != null ? caller.username() : caller.subject();
  }
}
