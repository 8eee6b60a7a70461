package org.sequestra.registry.lifecycle;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.AssetAccess;
import org.sequestra.registry.asset.AssetStatus;
import org.sequestra.registry.asset.EuroEquivalent;
import org.sequestra.registry.asset.ReferenceRates;
import org.sequestra.registry.validation.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the acts of an asset's seizure lifecycle. The asset's row is locked while an act is
 * checked and written, so two acts on one asset are serialised: the second sees the first's new
 * version and fails its If-Match (412) instead of both succeeding.
 */
@Service
public class TransitionService {

  private static final Logger log = LoggerFactory.getLogger(TransitionService.class);

  /** The only act an analyst may record alone; every other act is a supervisor's approval. */
  private static final AssetStatus ANALYST_MAY_REQUEST = AssetStatus.FREEZE_REQUESTED;

  /** A client recording an act "now" may run a little ahead of our clock. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final AssetAccess assetAccess;
  private final AssetTransitionRepository transitions;
  private final ReferenceRates rates;
  private final EntityManager entityManager;
  private final AuditTrail audit;
  private final Clock clock;

  TransitionService(
      AssetAccess assetAccess,
      AssetTransitionRepository transitions,
      ReferenceRates rates,
      EntityManager entityManager,
      AuditTrail audit,
      Clock clock) {
    this.assetAccess = assetAccess;
    this.transitions = transitions;
    this.rates = rates;
    this.entityManager = entityManager;
    this.audit = audit;
    this.clock = clock;
  }

  /** The asset after an act, with the act as recorded. */
  record Outcome(Asset asset, AssetTransition transition) {}

  /** The asset with its whole history, oldest act first. */
  record History(Asset asset, List<AssetTransition> transitions) {}

  /**
   * Records an act: the asset is locked, the caller's role and If-Match are checked, then the act's
   * statements, then the lifecycle's rules; the act is stored with the asset's value at the moment.
   */
  @Transactional
  Outcome record(Caller caller, UUID assetId, String ifMatch, TransitionRequest request) {
    AssetStatus target = request.target();
    Asset asset = lockedForAct(caller, assetId);
    requireSupervisorUnlessFreezeRequest(caller, target);
    ETags.requireMatch(ifMatch, asset.getVersion());

    Instant now = clock.instant();
    CheckedAct checked = checkedAct(caller, request, now);
    Transition act = checked.act();
    AssetStatus current = asset.getStatus();
    SeizureLifecycle.apply(current, act);
    requireVictimProceedingsStated(request);
    AssetTransition previous = transitions.findFirstByAssetIdOrderBySequenceDesc(assetId);
    requireNotBeforePreviousAct(previous, act);

    AssetTransition recorded =
        transitions.save(
            new AssetTransition(
                assetId,
                previous == null ? 1 : previous.getSequence() + 1,
                current,
                act,
                statements(request, checked.executingCountry()),
                valueAtTheMomentInEuro(act.value(), act.legalBasis().orderDate()),
                caller.subject(),
                caller.agency(),
                now));
    asset.moveTo(target);
    // flushed here so that the answer carries the asset's new version (its ETag)
    entityManager.flush();
    audited(caller, asset, current, act, recorded);
    return new Outcome(asset, recorded);
  }

  /**
   * Records an act a freezing request caused (the freezing-service's effect, relayed): the asset is
   * already locked by the caller and belongs to the request's case; no role or If-Match applies
   * (the caller is the platform), but the lifecycle's rules do, as for any act.
   *
   * @param asset the asset, locked by the caller in this transaction (so its state is current: not
   *     read again here)
   * @param act the act, its legal basis, actor and time as the freezing request states them
   * @param executingCountry the country that executes the act
   * @param note what the registry keeps beyond the act (the freezing request it came from)
   * @param auditDetail appended to the audit entry (the freezing request id)
   * @throws TransitionNotAllowed if the target cannot follow the asset's status
   * @throws TransitionRuleBroken if the act is incomplete or the law blocks it
   */
  @Transactional
  public void recordForFreezingRequest(
      Caller caller,
      Asset asset,
      Transition act,
      String executingCountry,
      String note,
      String auditDetail) {
    AssetStatus current = asset.getStatus();
    SeizureLifecycle.apply(current, act);
    AssetTransition previous = transitions.findFirstByAssetIdOrderBySequenceDesc(asset.getId());
    requireNotBeforePreviousAct(previous, act);
    AssetTransition recorded =
        transitions.save(
            new AssetTransition(
                asset.getId(),
                previous == null ? 1 : previous.getSequence() + 1,
                current,
                act,
                new AssetTransition.Statements(
                    executingCountry,
                    FieldChecks.text(note),
                    act.target() == AssetStatus.RESTITUTED ? act.titleUncontested() : null,
                    act.target() == AssetStatus.RESTITUTED ? act.notNeededAsEvidence() : null,
                    act.target() == AssetStatus.RESTITUTED
                        ? act.affectedPersonsRightsNotPrejudiced()
                        : null,
                    act.target() == AssetStatus.DISPOSED ? act.victimProceedingsPending() : null),
                valueAtTheMomentInEuro(act.value(), act.legalBasis().orderDate()),
                caller.subject(),
                caller.agency(),
                clock.instant()));
    asset.moveTo(act.target());
    entityManager.flush();
    audit.record(
        AuditEvent.by(caller, "asset.transition", "asset", asset.getId())
            .onObjectOf(asset.getOwningAgency())
            .withDetail(
                current
                    + " -> "
                    + act.target()
                    + " (order "
                    + act.legalBasis().orderReference()
                    + ", "
                    + act.legalBasis().issuingAuthority()
                    + "), "
                    + auditDetail));
    log.info(
        "Asset {} moved from {} to {} (act {}, {})",
        asset.getId(),
        current,
        act.target(),
        recorded.getSequence(),
        auditDetail);
  }

  /** The act in the audit trail (with its order) and in the log (ids and statuses only). */
  private void audited(
      Caller caller, Asset asset, AssetStatus current, Transition act, AssetTransition recorded) {
    audit.record(
        AuditEvent.by(caller, "asset.transition", "asset", asset.getId())
            .onObjectOf(asset.getOwningAgency())
            .withDetail(
                current
                    + " -> "
                    + act.target()
                    + " (order "
                    + act.legalBasis().orderReference()
                    + ", "
                    + act.legalBasis().issuingAuthority()
                    + ")"));
    log.info(
        "Asset {} moved from {} to {} (act {}, agency {})",
        asset.getId(),
        current,
        act.target(),
        recorded.getSequence(),
        caller.agency());
  }

  /** The asset, locked until commit and re-read, so status and version are the locked row's. */
  private Asset lockedForAct(Caller caller, UUID assetId) {
    Asset asset = assetAccess.writableAndLocked(caller, assetId);
    entityManager.refresh(asset);
    return asset;
  }

  private static void requireSupervisorUnlessFreezeRequest(Caller caller, AssetStatus target) {
    if (target != ANALYST_MAY_REQUEST && !caller.hasRole("ARO_SUPERVISOR")) {
      throw new ForbiddenException(
          "supervisor-approval-required",
          "Moving an asset to "
              + target
              + " needs an ARO_SUPERVISOR; an analyst may only request"
              + " a freeze.");
    }
  }

  /** The act and the executing country (the caller's unless stated), both checked. */
  private record CheckedAct(Transition act, String executingCountry) {}

  /**
   * The act as the lifecycle checks it, after the checks of what was stated (no order or act in the
   * future, a known executing country, a value that is a non-negative amount in a currency).
   */
  private CheckedAct checkedAct(Caller caller, TransitionRequest request, Instant now) {
    FieldChecks checks = new FieldChecks();
    LegalBasis basis = request.legalBasis();
    LocalDate orderDate = basis == null ? null : basis.orderDate();
    checks.require(
        orderDate == null || !orderDate.isAfter(LocalDate.ofInstant(now, clock.getZone())),
        "legalBasis.orderDate",
        "must not be in the future");
    Instant occurredAt = request.occurredAt();
    checks.require(
        occurredAt == null || !occurredAt.isAfter(now.plus(CLOCK_SKEW)),
        "occurredAt",
        "must not be in the future");
    String executingCountry =
        request.executingCountry() == null
            ? caller.country()
            : checks.country("executingCountry", request.executingCountry());
    AssetValue value = valueAtTheMoment(request.value(), checks);
    checks.throwIfInvalid();

    TransitionRequest.RestitutionConditions conditions = request.restitutionConditions();
    Transition act =
        new Transition(
            request.target(),
            legalBasis(basis),
            actor(caller, request.actor()),
            occurredAt,
            value,
            conditions != null && Boolean.TRUE.equals(conditions.titleUncontested()),
            conditions != null && Boolean.TRUE.equals(conditions.notNeededAsEvidence()),
            conditions != null
                && Boolean.TRUE.equals(conditions.affectedPersonsRightsNotPrejudiced()),
            Boolean.TRUE.equals(request.victimProceedingsPending()));
    return new CheckedAct(act, executingCountry);
  }

  /** The order the act rests on, its texts trimmed; the lifecycle requires every part of it. */
  private static LegalBasis legalBasis(LegalBasis stated) {
    return stated == null
        ? null
        : new LegalBasis(
            FieldChecks.text(stated.orderReference()),
            FieldChecks.text(stated.issuingAuthority()),
            stated.orderDate());
  }

  /** The asset's value at the moment of the act (Directive 2024/1260 Art 27), if stated. */
  private static AssetValue valueAtTheMoment(
      TransitionRequest.StatedValue stated, FieldChecks checks) {
    if (stated == null) {
      return null;
    }
    BigDecimal amount = new BigDecimal(stated.amount());
    checks.require(amount.signum() >= 0, "value.amount", "must not be negative");
    String currency =
        checks.normalised("value.currency", IdentifierType.CURRENCY_CODE, stated.currency());
    return new AssetValue(amount, currency);
  }

  /**
   * Victim proceedings (Regulation 2018/1805 Art 30(5)): the lifecycle blocks a disposal while they
   * are pending; left out must not pass for "none pending", so a disposal must state the answer.
   */
  private static void requireVictimProceedingsStated(TransitionRequest request) {
    if (request.target() == AssetStatus.DISPOSED && request.victimProceedingsPending() == null) {
      throw new TransitionRuleBroken(
          "victim-proceedings-unstated",
          "a disposal must state whether victim proceedings are pending"
              + " (Regulation 2018/1805 Art 30(5))",
          List.of("victimProceedingsPending"));
    }
  }

  /** Acts are recorded in the order they took effect. */
  private static void requireNotBeforePreviousAct(AssetTransition previous, Transition act) {
    if (previous != null && act.at().isBefore(previous.getOccurredAt())) {
      throw new TransitionRuleBroken(
          "occurred-before-previous-act",
          "the act cannot have taken effect before the asset's previous act ("
              + previous.getToStatus()
              + " at "
              + previous.getOccurredAt()
              + ")",
          List.of("at"));
    }
  }

  /** What the recorder stated beyond the act. */
  private static AssetTransition.Statements statements(
      TransitionRequest request, String executingCountry) {
    TransitionRequest.RestitutionConditions conditions = request.restitutionConditions();
    return new AssetTransition.Statements(
        executingCountry,
        FieldChecks.text(request.note()),
        conditions == null ? null : conditions.titleUncontested(),
        conditions == null ? null : conditions.notNeededAsEvidence(),
        conditions == null ? null : conditions.affectedPersonsRightsNotPrejudiced(),
        request.victimProceedingsPending());
  }

  /** Whoever may read the asset may read its history; the read is a freeze-status look-up. */
  @Transactional
  History history(Caller caller, UUID assetId) {
    Asset asset = assetAccess.readable(caller, assetId);
    audit.record(
        AuditEvent.by(caller, "asset.transitions.read", "asset", assetId)
            .onObjectOf(asset.getOwningAgency()));
    return new History(asset, transitions.findByAssetIdOrderBySequenceAsc(assetId));
  }

  /**
   * The euro equivalent at the rate of the order date or the last earlier day with one (Regulation
   * 2018/1805 Art 18(3)); without such a rate none is stored, never an invented one.
   */
  private AssetTransition.Euro valueAtTheMomentInEuro(AssetValue value, LocalDate orderDate) {
    if (value == null) {
      return new AssetTransition.Euro(null, null, null);
    }
    EuroEquivalent equivalent = rates.euroEquivalent(value.amount(), value.currency(), orderDate);
    BigDecimal amount =
        equivalent.eurAmount() == null
            ? null
            : equivalent.eurAmount().setScale(2, RoundingMode.HALF_UP);
    return new AssetTransition.Euro(amount, equivalent.rate(), equivalent.rateDate());
  }

  private static String actor(Caller caller, String stated) {
    String actor = FieldChecks.text(stated);
    if (actor != null) {
      return actor;
    }
    return caller.username() != null ? caller.username() : caller.subject();
  }
}
