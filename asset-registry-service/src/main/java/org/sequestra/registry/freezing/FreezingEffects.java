package org.sequestra.registry.freezing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.AssetAccess;
import org.sequestra.registry.asset.AssetStatus;
import org.sequestra.registry.cases.ExecutingAgencies;
import org.sequestra.registry.lifecycle.LegalBasis;
import org.sequestra.registry.lifecycle.Transition;
import org.sequestra.registry.lifecycle.TransitionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the freezing-service's effects through the registry's own features (the executing
 * agency's access, the seizure lifecycle), each effect id once: the id is claimed in the
 * transaction of the change, so a repeat finds the first outcome and changes nothing. An effect
 * that cannot apply changes nothing at all (all its assets or none) and is refused: 404 for a case
 * that is not the issuing agency's, 409 for an asset outside the case or a status the lifecycle
 * cannot reach, 422 for an incomplete act.
 */
@Service
class FreezingEffects {

  private static final Logger log = LoggerFactory.getLogger(FreezingEffects.class);

  /** The effect as applied now, or as applied the first time ({@code first} false). */
  record Applied(FreezingEffectOutcome outcome, boolean first) {}

  private final AppliedFreezingEffects applied;
  private final ExecutingAgencies executing;
  private final AssetAccess assets;
  private final TransitionService transitions;
  private final TrustRegistry trustRegistry;
  private final AuditTrail audit;
  private final Clock clock;

  FreezingEffects(
      AppliedFreezingEffects applied,
      ExecutingAgencies executing,
      AssetAccess assets,
      TransitionService transitions,
      TrustRegistry trustRegistry,
      AuditTrail audit,
      Clock clock) {
    this.applied = applied;
    this.executing = executing;
    this.assets = assets;
    this.transitions = transitions;
    this.trustRegistry = trustRegistry;
    this.audit = audit;
    this.clock = clock;
  }

  /** One effect of a batch with its id. */
  record Identified(UUID effectId, FreezingEffect effect) {}

  @Transactional
  Applied apply(Caller platform, UUID effectId, FreezingEffect effect) {
    return applyInThisTransaction(platform, effectId, effect, Map.of());
  }

  /**
   * Several effects in order, in one transaction: one commit and one append to the audit chain
   * (whose head lock serialises every writer until commit) for all of them. All or nothing: the
   * first refusal rolls the whole batch back; the relay then sends its effects one by one.
   */
  @Transactional
  List<Applied> applyAll(Caller platform, List<Identified> batch) {
    Map<UUID, Asset> locked = lockInIdOrder(batch);
    List<Applied> outcomes = new ArrayList<>(batch.size());
    for (Identified item : batch) {
      try {
        outcomes.add(applyInThisTransaction(platform, item.effectId(), item.effect(), locked));
      } catch (RuntimeException refused) {
        log.info(
            "Batch of {} effects refused at effect {}: {}",
            batch.size(),
            item.effectId(),
            refused.getMessage());
        throw refused;
      }
    }
    return outcomes;
  }

  /**
   * Every lock the batch's effects will take, up front and in one order (the cases whose access
   * changes, then the named assets, each by id), as one effect does with its assets: otherwise two
   * batches (two relay replicas) naming the same cases in another order would deadlock.
   */
  private Map<UUID, Asset> lockInIdOrder(List<Identified> batch) {
    executing.lockInIdOrder(
        batch.stream()
            .map(Identified::effect)
            .filter(
                effect ->
                    effect.kind() == FreezingEffectKind.GRANT_ACCESS
                        || effect.kind() == FreezingEffectKind.WITHDRAW_ACCESS)
            .map(FreezingEffect::caseId)
            .collect(Collectors.toCollection(TreeSet::new)));
    Map<UUID, Asset> locked = new HashMap<>();
    for (Asset asset :
        assets.lockInIdOrder(
            batch.stream()
                .flatMap(item -> item.effect().assets().stream())
                .map(FreezingEffect.EffectAsset::assetId)
                .collect(Collectors.toCollection(TreeSet::new)))) {
      locked.put(asset.getId(), asset);
    }
    return locked;
  }

  /**
   * @param locked assets this transaction locked already (a batch's), used as they are instead of
   *     being locked again
   */
  private Applied applyInThisTransaction(
      Caller platform, UUID effectId, FreezingEffect effect, Map<UUID, Asset> locked) {
    // as PostgreSQL keeps it, so that a repeat answers exactly the first outcome
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String reason = effect.reason() == null ? null : effect.reason().strip();
    if (!applied.claim(effectId, effect, reason, now, platform.subject())) {
      return new Applied(applied.find(effectId).orElseThrow(), false);
    }
    String detail = "freezing request " + effect.freezingRequestId() + ", effect " + effectId;
    List<FreezingEffectOutcome.AssetOutcome> outcome =
        switch (effect.kind()) {
          case GRANT_ACCESS -> {
            executing.grantForFreezingRequest(
                platform,
                effect.caseId(),
                effect.issuingAgency(),
                executingAgency(effect),
                effect.freezingRequestId());
            yield List.of();
          }
          case WITHDRAW_ACCESS -> {
            executing.withdrawForFreezingRequest(
                platform,
                effect.caseId(),
                effect.issuingAgency(),
                executingAgency(effect),
                effect.freezingRequestId());
            yield List.of();
          }
          case FREEZE_IMPOSSIBLE -> unchanged(effect, locked);
          default -> moved(platform, effect, detail, locked);
        };
    applied.recordAssets(effectId, outcome);
    audit.record(
        AuditEvent.by(platform, "case.freezing-effect", "case", effect.caseId())
            .onObjectOf(effect.issuingAgency())
            .withDetail(
                effect.kind()
                    + " ("
                    + detail
                    + (effect.executingAgency() == null
                        ? ""
                        : ", executing " + effect.executingAgency())
                    + (reason == null || reason.isEmpty() ? "" : ", reason: " + reason)
                    + ")"));
    return new Applied(
        new FreezingEffectOutcome(
            effectId, effect.freezingRequestId(), effect.kind(), effect.caseId(), now, outcome),
        true);
  }

  private static String executingAgency(FreezingEffect effect) {
    if (effect.executingAgency() == null || effect.executingAgency().isBlank()) {
      throw new InvalidRequestException("executingAgency", "is required for " + effect.kind());
    }
    return effect.executingAgency();
  }

  /** Art 13: execution impossible. No status changes; the reason stays in the audit trail. */
  private List<FreezingEffectOutcome.AssetOutcome> unchanged(
      FreezingEffect effect, Map<UUID, Asset> alreadyLocked) {
    Map<UUID, Asset> locked = lockedInCase(effect, alreadyLocked);
    List<FreezingEffectOutcome.AssetOutcome> outcome = new ArrayList<>();
    for (FreezingEffect.EffectAsset named : effect.assets()) {
      outcome.add(
          new FreezingEffectOutcome.AssetOutcome(
              named.assetId(), locked.get(named.assetId()).getStatus(), false));
    }
    return outcome;
  }

  private List<FreezingEffectOutcome.AssetOutcome> moved(
      Caller platform, FreezingEffect effect, String detail, Map<UUID, Asset> alreadyLocked) {
    AssetStatus target = EffectOnAsset.target(effect.kind()).orElseThrow();
    Map<UUID, Asset> locked = lockedInCase(effect, alreadyLocked);
    LegalBasis basis = effect.legalBasis();
    String executingCountry = executingCountry(effect);
    List<FreezingEffectOutcome.AssetOutcome> outcome = new ArrayList<>();
    for (FreezingEffect.EffectAsset named : effect.assets()) {
      Asset asset = locked.get(named.assetId());
      if (EffectOnAsset.alreadySatisfied(asset.getStatus(), target)) {
        outcome.add(
            new FreezingEffectOutcome.AssetOutcome(asset.getId(), asset.getStatus(), false));
        continue;
      }
      Transition act =
          new Transition(
              target,
              basis,
              basis == null ? null : basis.issuingAuthority(),
              effect.occurredAt(),
              named.value(),
              // the Art 29 restitution decision is taken only when its conditions are met, and
              // no disposal is decided while victim proceedings are pending (Art 30(5))
              target == AssetStatus.RESTITUTED,
              target == AssetStatus.RESTITUTED,
              target == AssetStatus.RESTITUTED,
              false);
      transitions.recordForFreezingRequest(
          platform,
          asset,
          act,
          executingCountry,
          "Freezing request " + effect.freezingRequestId(),
          detail);
      outcome.add(new FreezingEffectOutcome.AssetOutcome(asset.getId(), target, true));
    }
    return outcome;
  }

  /**
   * Every named asset, locked in id order (no deadlock between effects sharing assets), or as the
   * batch locked it already.
   */
  private Map<UUID, Asset> lockedInCase(FreezingEffect effect, Map<UUID, Asset> alreadyLocked) {
    Map<UUID, Asset> locked = new LinkedHashMap<>();
    effect.assets().stream()
        .map(FreezingEffect.EffectAsset::assetId)
        .distinct()
        .sorted(Comparator.naturalOrder())
        .forEach(
            id ->
                locked.put(
                    id,
                    lockedInCase(effect.caseId(), id, alreadyLocked)
                        .orElseThrow(
                            () ->
                                new ConflictException(
                                    "asset-not-in-case",
                                    "asset "
                                        + id
                                        + " is not an asset of case "
                                        + effect.caseId()))));
    // the case is the issuing agency's, as for access grants; otherwise it is not found
    if (locked.values().stream()
        .anyMatch(asset -> !asset.getOwningAgency().equals(effect.issuingAgency()))) {
      throw new NotFoundException("Case", effect.caseId());
    }
    if (locked.isEmpty()) {
      throw new InvalidRequestException("assets", "must name the assets for " + effect.kind());
    }
    return locked;
  }

  private Optional<Asset> lockedInCase(UUID caseId, UUID assetId, Map<UUID, Asset> alreadyLocked) {
    return alreadyLocked.containsKey(assetId)
        ? Optional.of(alreadyLocked.get(assetId)).filter(asset -> asset.getCaseId().equals(caseId))
        : assets.lockedInCase(caseId, assetId);
  }

  /** The executing agency's country (the issuing agency's when none is named): a known agency. */
  private String executingCountry(FreezingEffect effect) {
    boolean named = effect.executingAgency() != null;
    String agency = named ? effect.executingAgency() : effect.issuingAgency();
    return trustRegistry.issuers().stream()
        .filter(issuer -> agency.equals(issuer.agency()))
        .map(TrustedIssuer::country)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    named ? "executingAgency" : "issuingAgency",
                    "is not an agency of the trust registry"));
  }
}
