package org.sequestra.registry.ownership;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.UnprocessableException;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.AssetAccess;
import org.sequestra.registry.subject.CaseSubjects;
import org.sequestra.registry.validation.FieldChecks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links subjects of a case to its assets, keeping legal shares within 100 %. Who owns what is
 * personal data: links added and pages of owners read are audited.
 */
@Service
class OwnershipService {

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
  Ownership add(Caller caller, UUID assetId, NewOwnershipDto request) {
    // the lock makes concurrent additions to one asset check their shares one after the other
    Asset asset = assets.writableAndLocked(caller, assetId);
    Ownership.Kind kind = Ownership.Kind.valueOf(request.getKind().name());
    FieldChecks checks = new FieldChecks();
    checks.require(
        subjects.isSubjectOf(request.getSubjectId(), asset.getCaseId()),
        "subjectId",
        "is not a subject of the asset's case");
    BigDecimal share =
        request.getSharePercentage() == null ? null : new BigDecimal(request.getSharePercentage());
    checks.require(
        share == null || (share.signum() > 0 && share.compareTo(LegalShares.WHOLE) <= 0),
        "sharePercentage",
        "must be greater than 0 and at most 100");
    checks.require(
        kind != Ownership.Kind.LEGAL || share != null,
        "sharePercentage",
        "is required for LEGAL ownership");
    checks.require(
        request.getStartDate() == null
            || request.getEndDate() == null
            || request.getEndDate().isAfter(request.getStartDate()),
        "endDate",
        "must be after startDate");
    checks.throwIfInvalid();

    Ownership ownership =
        new Ownership(
            assetId,
            request.getSubjectId(),
            kind,
            share,
            request.getStartDate(),
            request.getEndDate(),
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
            .withDetail("asset " + assetId + ", subject " + request.getSubjectId() + ", " + kind));
    return saved;
  }

  /** Read-write: the audit entry of the read is written in this transaction. */
  @Transactional
  Page<Ownership> list(Caller caller, UUID assetId, int page, int size) {
    Asset asset = assets.readable(caller, assetId);
    Sort inOrderRecorded = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
    Page<Ownership> result =
        ownerships.findByAssetId(assetId, PageRequest.of(page, size, inOrderRecorded));
    audit.record(
        AuditEvent.by(caller, "ownership.list", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail("page " + page + ", " + result.getNumberOfElements() + " links"));
    return result;
  }
}
