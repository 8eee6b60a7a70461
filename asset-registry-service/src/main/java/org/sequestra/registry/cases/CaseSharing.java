package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shares of a case with other agencies, managed by the owning agency; every change is audited. */
@Service
class CaseSharing {

  private static final Logger log = LoggerFactory.getLogger(CaseSharing.class);

  private final CaseShareRepository shares;
  private final CaseAccess access;
  private final TrustRegistry trustRegistry;
  private final AuditTrail audit;
  private final Clock clock;

  CaseSharing(
      CaseShareRepository shares,
      CaseAccess access,
      TrustRegistry trustRegistry,
      AuditTrail audit,
      Clock clock) {
    this.shares = shares;
    this.access = access;
    this.trustRegistry = trustRegistry;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  CaseShare share(
      Caller caller, UUID caseId, String agency, CaseShare.Access level, Instant expiresAt) {
    InvestigationCase owned = access.owned(caller, caseId);
    Instant now = clock.instant();
    if (agency.equals(owned.getOwningAgency())) {
      throw new InvalidRequestException("agency", "is the agency that owns the case");
    }
    if (trustRegistry.issuers().stream().map(TrustedIssuer::agency).noneMatch(agency::equals)) {
      throw new InvalidRequestException("agency", "is not an agency of the trust registry");
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new InvalidRequestException("expiresAt", "must be in the future");
    }
    shares
        .findByCaseIdAndAgencyAndRevokedAtIsNull(caseId, agency)
        .ifPresent(
            existing -> {
              if (existing.statusAt(now) == CaseShare.Status.ACTIVE) {
                throw new ConflictException(
                    "case-already-shared",
                    "Case "
                        + caseId
                        + " is already shared with "
                        + agency
                        + " (share "
                        + existing.getId()
                        + "); revoke it first to change it.");
              }
              // An expired share gives way to the new one; written first, as the new one needs
              // its place in the one-unrevoked-share-per-agency index.
              existing.revoke(caller.subject(), now);
              shares.flush();
            });
    CaseShare share =
        shares.save(new CaseShare(caseId, agency, level, expiresAt, caller.subject(), now));
    audit.record(
        AuditEvent.by(caller, "case.share", "case", caseId)
            .withDetail(
                "share "
                    + share.getId()
                    + " with "
                    + agency
                    + ", "
                    + level
                    + (expiresAt == null ? "" : ", until " + expiresAt)));
    log.info(
        "Case {} shared with agency {} ({}, share {}{})",
        caseId,
        agency,
        level,
        share.getId(),
        expiresAt == null ? "" : ", until " + expiresAt);
    return share;
  }

  @Transactional
  void revoke(Caller caller, UUID caseId, UUID shareId) {
    access.owned(caller, caseId);
    CaseShare share =
        shares
            .findByIdAndCaseId(shareId, caseId)
            .orElseThrow(() -> new NotFoundException("Share", shareId));
    if (share.getRevokedAt() == null) {
      share.revoke(caller.subject(), clock.instant());
      audit.record(
          AuditEvent.by(caller, "case.share.revoke", "case", caseId)
              .withDetail("share " + shareId + " with " + share.getAgency()));
      log.info("Share {} of case {} with agency {} revoked", shareId, caseId, share.getAgency());
    }
  }

  @Transactional(readOnly = true)
  Page<CaseShare> list(Caller caller, UUID caseId, Integer page, Integer size) {
    access.owned(caller, caseId);
    return shares.findByCaseId(caseId, Paging.request(page, size, Paging.newestFirst("createdAt")));
  }
}
