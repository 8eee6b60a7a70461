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
import org.sequestra.registry.api.model.LegalBasisDto;
import org.sequestra.registry.api.model.NewTransitionDto;
import org.sequestra.registry.api.model.RestitutionConditionsDto;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.AssetAccess;
import org.sequestra.registry.asset.EuroEquivalent;
import org.sequestra.registry.asset.ReferenceRates;
import org.sequestra.registry.validation.FieldChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the acts of an asset's seizure lifecycle. The asset's row is locked while an act is
 * checked and written, so two acts on one asset are serialised: the second sees the first's new
 * version and fails its If-Match (412) instead of both succeeding.
 */
@Service
class TransitionService {

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

  @Transactional
  Outcome record(Caller caller, UUID assetId, String ifMatch, NewTransitionDto request) {
    AssetStatus target = AssetStatus.valueOf(request.getTargetStatus().name());
    Asset asset = assetAccess.writableAndLocked(caller, assetId);
    // the lock is held now; re-read so that status and version are those of the locked row
    entityManager.refresh(asset);
    if (target != ANALYST_MAY_REQUEST && !caller.hasRole("ARO_SUPERVISOR")) {
      throw new ForbiddenException(
          "supervisor-approval-required",
          "Moving an asset to "
              + target
              + " needs an ARO_SUPERVISOR; an analyst may only request"
              + " a freeze.");
    }
    ETags.requireMatch(ifMatch, asset.getVersion());

    FieldChecks checks = new FieldChecks();
    Instant now = clock.instant();
    LegalBasisDto basis = request.getLegalBasis();
    LocalDate orderDate = basis == null ? null : basis.getOrderDate();
    checks.require(
        orderDate == null || !orderDate.isAfter(LocalDate.ofInstant(now, clock.getZone())),
        "legalBasis.orderDate",
        "must not be in the future");
    Instant occurredAt =
        request.getOccurredAt() == null ? null : request.getOccurredAt().toInstant();
    checks.require(
        occurredAt == null || !occurredAt.isAfter(now.plus(CLOCK_SKEW)),
        "occurredAt",
        "must not be in the future");
    String executingCountry =
        request.getExecutingCountry() == null
            ? caller.country()
            : checks.country("executingCountry", request.getExecutingCountry());
    AssetValue value = null;
    if (request.getValue() != null) {
      BigDecimal amount = new BigDecimal(request.getValue().getAmount());
      checks.require(amount.signum() >= 0, "value.amount", "must not be negative");
      String currency =
          checks.normalised(
              "value.currency", IdentifierType.CURRENCY_CODE, request.getValue().getCurrency());
      value = new AssetValue(amount, currency);
    }
    checks.throwIfInvalid();

    RestitutionConditionsDto conditions = request.getRestitutionConditions();
    Boolean victimProceedingsPending = request.getVictimProceedingsPending();
    Transition act =
        new Transition(
            target,
            basis == null
                ? null
                : new LegalBasis(
                    FieldChecks.text(basis.getOrderReference()),
                    FieldChecks.text(basis.getIssuingAuthority()),
                    orderDate),
            actor(caller, request.getActor()),
            occurredAt,
            value,
            conditions != null && Boolean.TRUE.equals(conditions.getTitleUncontested()),
            conditions != null && Boolean.TRUE.equals(conditions.getNotNeededAsEvidence()),
            conditions != null
                && Boolean.TRUE.equals(conditions.getAffectedPersonsRightsNotPrejudiced()),
            Boolean.TRUE.equals(victimProceedingsPending));
    AssetStatus current = AssetStatus.valueOf(asset.getStatus().name());
    SeizureLifecycle.apply(current, act);
    if (target == AssetStatus.DISPOSED && victimProceedingsPending == null) {
      // left out must not pass for "none pending": Art 30(5) is checked on a stated answer
      throw new TransitionRuleBroken(
          "victim-proceedings-unstated",
          "a disposal must state whether victim proceedings are pending"
              + " (Regulation 2018/1805 Art 30(5))",
          List.of("victimProceedingsPending"));
    }
    AssetTransition previous = transitions.findFirstByAssetIdOrderBySequenceDesc(assetId);
    if (previous != null && occurredAt.isBefore(previous.getOccurredAt())) {
      throw new TransitionRuleBroken(
          "occurred-before-previous-act",
          "the act cannot have taken effect before the asset's previous act ("
              + previous.getToStatus()
              + " at "
              + previous.getOccurredAt()
              + ")",
          List.of("at"));
    }

    AssetTransition recorded =
        transitions.save(
            new AssetTransition(
                assetId,
                previous == null ? 1 : previous.getSequence() + 1,
                current,
                act,
                new AssetTransition.Statements(
                    executingCountry,
                    FieldChecks.text(request.getNote()),
                    conditions == null ? null : conditions.getTitleUncontested(),
                    conditions == null ? null : conditions.getNotNeededAsEvidence(),
                    conditions == null ? null : conditions.getAffectedPersonsRightsNotPrejudiced(),
                    victimProceedingsPending),
                euro(value, orderDate),
                caller.subject(),
                caller.agency(),
                now));
    asset.moveTo(Asset.Status.valueOf(target.name()));
    // flushed here so that the answer carries the asset's new version (its ETag)
    entityManager.flush();
    audit.record(
        AuditEvent.by(caller, "asset.transition", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail(
                current
                    + " -> "
                    + target
                    + " (order "
                    + act.legalBasis().orderReference()
                    + ", "
                    + act.legalBasis().issuingAuthority()
                    + ")"));
    return new Outcome(asset, recorded);
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
  private AssetTransition.Euro euro(AssetValue value, LocalDate orderDate) {
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
