package org.sequestra.registry.ownership;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.UnprocessableException;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.AssetAccess;
import org.sequestra.registry.subject.CaseSubjects;
import org.sequestra.registry.validation.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links subjects of a case to its assets, keeping legal shares within 100 %. Who owns what is
 * personal data: links added and pages of owners read are audited.
 */
@Service
class OwnershipService {

  private static final Logger log = LoggerFactory.getLogger(OwnershipService.class);

  private final OwnershipRepository ownerships;
  private final AssetAccess assets;
  private final CaseSubjects subjects;
  private final AuditTrail audit;
  private final Clock clock;

  OwnershipService(
      OwnershipRepository ownerships,
      AssetAccess assets,
      CaseSubjects subjects,
      AuditTrail audit,
      Clock clock) {
    this.ownerships = ownerships;
    this.assets = assets;
    this.subjects = subjects;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Ownership add(Caller caller, UUID assetId, NewOwnership request) {
    // the lock makes concurrent additions to one asset check their shares one after the other
    Asset asset = assets.writableAndLocked(caller, assetId);
    Ownership.Kind kind = request.kind();
    FieldChecks checks = new FieldChecks();
    checks.require(
        subjects.isSubjectOf(request.subjectId(), asset.getCaseId()),
        "subjectId",
        "is not a subject of the asset's case");
    BigDecimal share =
        request.sharePercentage() == null ? null : new BigDecimal(request.sharePercentage());
    checks.require(
        share == null || (share.signum() > 0 && share.compareTo(LegalShares.WHOLE) <= 0),
        "sharePercentage",
        "must be greater than 0 and at most 100");
    checks.require(
        kind != Ownership.Kind.LEGAL || share != null,
        "sharePercentage",
        "is required for LEGAL ownership");
    checks.require(
        request.startDate() == null
            || request.endDate() == null
            || request.endDate().isAfter(request.startDate()),
        "endDate",
        "must be after startDate");
    checks.throwIfInvalid();

    Ownership ownership =
        new Ownership(
            assetId,
            request.subjectId(),
            kind,
            share,
            request.startDate(),
            request.endDate(),
            caller.subject(),
            clock.instant());
    if (kind == Ownership.Kind.LEGAL) {
      List<LegalShares.Share> existing =
          ownerships.findByAssetIdAndKind(assetId, Ownership.Kind.LEGAL).stream()
              .map(Ownership::share)
              .toList();
      LegalShares.Peak peak = LegalShares.peakWith(existing, ownership.share());
      if (peak.exceedsWhole()) {
        throw new UnprocessableException(
            "legal-shares-exceed-100",
            "Legal shares of this asset would sum to "
                + peak.total().stripTrailingZeros().toPlainString()
                + " %"
                + (peak.dayOrNull() == null ? "" : " on " + peak.dayOrNull())
                + "; overlapping legal shares may not exceed 100 %.");
      }
    }
    Ownership saved = ownerships.save(ownership);
    audit.record(
        AuditEvent.by(caller, "ownership.create", "ownership", saved.getId())
            .onObjectOf(asset.getOwningAgency())
            .withDetail("asset " + assetId + ", subject " + request.subjectId() + ", " + kind));
    log.info(
        "Ownership {} ({}) links subject {} to asset {}",
        saved.getId(),
        kind,
        request.subjectId(),
        assetId);
    return saved;
  }

  /** Read-write: the audit entry of the read is written in this transaction. */
  @Transactional
  Page<Ownership> list(Caller caller, UUID assetId, Integer page, Integer size) {
    Asset asset = assets.readable(caller, assetId);
    Page<Ownership> result =
        ownerships.findByAssetId(
            assetId, Paging.request(page, size, Paging.oldestFirst("createdAt")));
    audit.record(
        AuditEvent.by(caller, "ownership.list", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail(
                "page " + result.getNumber() + ", " + result.getNumberOfElements() + " links"));
    return result;
  }
}
