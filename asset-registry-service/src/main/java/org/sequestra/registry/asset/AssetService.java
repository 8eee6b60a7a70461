package org.sequestra.registry.asset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ETags;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.CaseAccess.JpqlCondition;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.hit.HitDetector;
import org.sequestra.registry.hit.IdentifierMatch;
import org.sequestra.registry.validation.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes, values, reads and searches assets; access is decided by the asset's case.
 * Every change is audited.
 */
@Service
class AssetService {

  private static final Logger log = LoggerFactory.getLogger(AssetService.class);

  private final AssetRepository assets;
  private final AssetPages pages;
  private final ValuationRepository valuations;
  private final CaseAccess caseAccess;
  private final AssetAccess assetAccess;
  private final HitDetector hits;
  private final AuditTrail audit;
  private final Clock clock;

  AssetService(
      AssetRepository assets,
      AssetPages pages,
      ValuationRepository valuations,
      CaseAccess caseAccess,
      AssetAccess assetAccess,
      HitDetector hits,
      AuditTrail audit,
      Clock clock) {
    this.assets = assets;
    this.pages = pages;
    this.valuations = valuations;
    this.caseAccess = caseAccess;
    this.assetAccess = assetAccess;
    this.hits = hits;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Asset register(Caller caller, UUID caseId, NewAsset request) {
    InvestigationCase investigationCase = caseAccess.writable(caller, caseId);
    Asset.Type type = request.type();
    FieldChecks checks = new FieldChecks();
    String description = FieldChecks.text(request.description());
    checks.require(description != null, "description", "must not be blank");
    String country = checks.country("locationCountry", request.locationCountry());
    List<AssetIdentifier> identifiers =
        AssetIdentifierRules.check(type, request.identifiers(), checks);
    ValuationInput valuation =
        request.valuation() == null ? null : valuation("valuation.", request.valuation(), checks);
    checks.throwIfInvalid();

    Asset asset =
        assets.saveAndFlush(
            new Asset(
                caseId,
                investigationCase.getOwningAgency(),
                type,
                description,
                country,
                identifiers,
                checks.warnings(),
                caller.subject(),
                clock.instant()));
    if (valuation != null) {
      record(caller, asset, valuation);
      // the current valuation is a change of the asset: flushed, the answer's ETag is final
      assets.flush();
    }
    hits.detect(asset.getId(), asset.getOwningAgency(), matchable(identifiers));
    audit.record(
        AuditEvent.by(caller, "asset.register", "asset", asset.getId())
            .onObjectOf(asset.getOwningAgency())
            .withDetail("case " + caseId + ", " + type));
    log.info(
        "Asset {} ({}) registered in case {} by agency {}",
        asset.getId(),
        type,
        caseId,
        asset.getOwningAgency());
    return asset;
  }

  /**
   * Applies the changes if {@code ifMatch} names the current version. New identifiers are checked
   * as on registration and, where they were not held before, against other agencies' cases.
   */
  @Transactional
  Asset update(Caller caller, UUID assetId, String ifMatch, AssetChanges changes) {
    Asset asset = assetAccess.writable(caller, assetId);
    ETags.requireMatch(ifMatch, asset.getVersion());
    FieldChecks checks = new FieldChecks();
    String description = FieldChecks.text(changes.description());
    checks.require(
        changes.description() == null || description != null, "description", "must not be blank");
    String country =
        changes.locationCountry() == null
            ? null
            : checks.country("locationCountry", changes.locationCountry());
    List<AssetIdentifier> identifiers =
        changes.identifiers() == null
            ? null
            : AssetIdentifierRules.check(asset.getType(), changes.identifiers(), checks);
    checks.throwIfInvalid();

    if (description != null) {
      asset.describe(description);
    }
    if (country != null) {
      asset.locateIn(country);
    }
    List<IdentifierMatch> added = List.of();
    if (identifiers != null) {
      Set<IdentifierMatch> held = Set.copyOf(matchable(asset.getIdentifiers()));
      added = matchable(identifiers).stream().filter(match -> !held.contains(match)).toList();
      asset.reidentify(identifiers, checks.warnings());
    }
    asset.changedBy(caller.subject(), clock.instant());
    // Flushed here so that the answer carries the new version (and ETag), and the new
    // identifiers are written before the hit check locks them.
    assets.saveAndFlush(asset);
    hits.detect(asset.getId(), asset.getOwningAgency(), added);
    audit.record(
        AuditEvent.by(caller, "asset.update", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail("changed " + changes.named()));
    log.info("Asset {} updated: {}", assetId, changes.named());
    return withDetails(asset);
  }

  private static List<IdentifierMatch> matchable(Collection<AssetIdentifier> identifiers) {
    return identifiers.stream()
        .filter(AssetIdentifier::isMatchable)
        .map(identifier -> new IdentifierMatch(identifier.getMatchType(), identifier.getMatchKey()))
        .toList();
  }

  @Transactional(readOnly = true)
  Asset get(Caller caller, UUID assetId) {
    return withDetails(assetAccess.readable(caller, assetId));
  }

  @Transactional(readOnly = true)
  Page<Asset> listInCase(Caller caller, UUID caseId, Integer page, Integer size) {
    caseAccess.readable(caller, caseId);
    return pages.find(
        new AssetPages.Criteria(null, caseId, null, null, null, null),
        Paging.request(page, size, Paging.oldestFirst("createdAt")));
  }

  /** Filters combine with AND; only assets of cases the caller may read are ever considered. */
  record Filters(
      UUID caseId, AssetStatus status, Asset.Type type, String country, String identifier) {}

  /**
   * Runs without a transaction of its own (reads only, in one persistence context): the identifier
   * look-up is then its one SQL statement alone, without a COMMIT round trip.
   */
  @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
  Page<Asset> search(Caller caller, Filters filters, Integer page, Integer size, String sort) {
    JpqlCondition visible = null;
    if (filters.caseId() != null) {
      caseAccess.readable(caller, filters.caseId());
    } else {
      visible = caseAccess.readableCasesJpql(caller, "a.caseId");
    }
    Set<String> forms =
        filters.identifier() == null
            ? null
            : AssetIdentifierRules.searchForms(filters.identifier());
    if (forms != null && forms.isEmpty()) {
      // blanks only: no stored identifier can match
      return Page.empty(Paging.request(page, size, AssetPages.sort(sort)));
    }
    return pages.find(
        new AssetPages.Criteria(
            visible, filters.caseId(), filters.status(), filters.type(), filters.country(), forms),
        Paging.request(page, size, AssetPages.sort(sort)));
  }

  @Transactional
  Valuation appendValuation(Caller caller, UUID assetId, NewValuation request) {
    Asset asset = assetAccess.writable(caller, assetId);
    FieldChecks checks = new FieldChecks();
    ValuationInput valuation = valuation("", request, checks);
    checks.throwIfInvalid();
    Valuation recorded = record(caller, asset, valuation);
    audit.record(
        AuditEvent.by(caller, "asset.valuation", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail("valuation " + recorded.getId()));
    return recorded;
  }

  @Transactional(readOnly = true)
  Page<Valuation> listValuations(Caller caller, UUID assetId, Integer page, Integer size) {
    assetAccess.readable(caller, assetId);
    Sort newestFirst = Paging.newestFirst("valuationDate").and(Paging.newestFirst("recordedAt"));
    return valuations.findByAssetId(assetId, Paging.request(page, size, newestFirst));
  }

  private record ValuationInput(
      BigDecimal amount, String currency, LocalDate valuationDate, String source) {}

  private ValuationInput valuation(String prefix, NewValuation request, FieldChecks checks) {
    BigDecimal amount = new BigDecimal(request.amount());
    checks.require(amount.signum() >= 0, prefix + "estimatedValue.amount", "must not be negative");
    String currency =
        checks.normalised(
            prefix + "estimatedValue.currency", IdentifierType.CURRENCY_CODE, request.currency());
    LocalDate valuationDate = request.valuationDate();
    checks.require(
        !valuationDate.isAfter(LocalDate.now(clock)),
        prefix + "valuationDate",
        "must not be in the future");
    return new ValuationInput(amount, currency, valuationDate, FieldChecks.text(request.source()));
  }

  private Valuation record(Caller caller, Asset asset, ValuationInput input) {
    Valuation valuation =
        valuations.save(
            new Valuation(
                asset.getId(),
                input.amount(),
                input.currency(),
                input.valuationDate(),
                input.source(),
                caller.subject(),
                clock.instant()));
    asset.record(valuation);
    return valuation;
  }

  /** Loads what the response shows inside the transaction, since open-in-view is off. */
  static Asset withDetails(Asset asset) {
    Hibernate.initialize(asset.getIdentifiers());
    Hibernate.initialize(asset.getWarnings());
    Hibernate.initialize(asset.getCurrentValuation());
    return asset;
  }
}
