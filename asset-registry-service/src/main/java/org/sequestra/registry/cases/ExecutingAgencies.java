package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access of the executing side of a freezing request to the case (DESIGN.md §2), granted and
 * withdrawn by the freezing-service on behalf of the issuing side. {@link CaseAccess} reads it.
 */
@Service
class ExecutingAgencies {

  /** The standing access, and whether this call created it. */
  record Granted(ExecutingAgency access, boolean created) {}

  private final ExecutingAgencyRepository executing;
  private final CaseRepository cases;
  private final TrustRegistry trustRegistry;
  private final AuditTrail audit;
  private final Clock clock;

  ExecutingAgencies(
      ExecutingAgencyRepository executing,
      CaseRepository cases,
      TrustRegistry trustRegistry,
      AuditTrail audit,
      Clock clock) {
    this.executing = executing;
    this.cases = cases;
    this.trustRegistry = trustRegistry;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Granted grant(Caller caller, UUID caseId, String agency, UUID freezingRequestId) {
    InvestigationCase owned = ownedByCallersAgency(caller, caseId);
    checkAgency(owned, agency);
    var standing =
        executing.findByCaseIdAndAgencyAndFreezingRequestIdAndWithdrawnAtIsNull(
            caseId, agency, freezingRequestId);
    if (standing.isPresent()) {
      return new Granted(standing.get(), false);
    }
    ExecutingAgency granted =
        executing.save(
            new ExecutingAgency(
                caseId, agency, freezingRequestId, caller.subject(), clock.instant()));
    audit.record(
        AuditEvent.by(caller, "case.executing-access.grant", "case", caseId)
            .onObjectOf(owned.getOwningAgency())
            .withDetail("read access for " + agency + ", freezing request " + freezingRequestId));
    return new Granted(granted, true);
  }

  @Transactional
  void withdraw(Caller caller, UUID caseId, String agency, UUID freezingRequestId) {
    InvestigationCase owned = ownedByCallersAgency(caller, caseId);
    checkAgency(owned, agency);
    Instant now = clock.instant();
    executing
        .findByCaseIdAndAgencyAndFreezingRequestIdAndWithdrawnAtIsNull(
            caseId, agency, freezingRequestId)
        .ifPresent(
            standing -> {
              standing.withdraw(caller.subject(), now);
              audit.record(
                  AuditEvent.by(caller, "case.executing-access.withdraw", "case", caseId)
                      .onObjectOf(owned.getOwningAgency())
                      .withDetail(
                          "read access for " + agency + ", freezing request " + freezingRequestId));
            });
  }

  /**
   * Only the issuing side (the agency owning the case) decides; for anyone else the case is not
   * found, shared or not. The case stays locked until commit: grants and withdrawals of its access
   * run one at a time, so that a retried call cannot grant the same access twice.
   */
  private InvestigationCase ownedByCallersAgency(Caller caller, UUID caseId) {
    return cases
        .findByIdForUpdate(caseId)
        .filter(found -> found.getOwningAgency().equals(caller.agency()))
        .orElseThrow(() -> new NotFoundException("Case", caseId));
  }

  private void checkAgency(InvestigationCase owned, String agency) {
    if (trustRegistry.issuers().stream().map(TrustedIssuer::agency).noneMatch(agency::equals)) {
      throw new InvalidRequestException("agencyCode", "is not an agency of the trust registry");
    }
    if (agency.equals(owned.getOwningAgency())) {
      throw new InvalidRequestException("agencyCode", "is the agency that owns the case");
    }
  }
}
