package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
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
public class ExecutingAgencies {

  /** The standing access, and whether this call created it. */
  public record Granted(ExecutingAgency access, boolean created) {}

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
    return grant(caller, ownedByCallersAgency(caller, caseId), agency, freezingRequestId);
  }

  /**
   * Locks the cases in id order until commit (the lock a grant or withdrawal takes), so that
   * transactions changing the access to several cases queue instead of deadlocking.
   */
  @Transactional
  public void lockInIdOrder(Collection<UUID> caseIds) {
    if (!caseIds.isEmpty()) {
      cases.lockAllInIdOrder(caseIds);
    }
  }

  /**
   * The freezing-service's effect (the platform's caller, not the issuing side's user): the access
   * for the case of {@code issuingAgency}; a case of another agency is not found.
   */
  @Transactional
  public Granted grantForFreezingRequest(
      Caller platform, UUID caseId, String issuingAgency, String agency, UUID freezingRequestId) {
    return grant(platform, ownedBy(issuingAgency, caseId), agency, freezingRequestId);
  }

  /** As {@link #grantForFreezingRequest}, withdrawing; true if an access ended. */
  @Transactional
  public boolean withdrawForFreezingRequest(
      Caller platform, UUID caseId, String issuingAgency, String agency, UUID freezingRequestId) {
    return withdraw(platform, ownedBy(issuingAgency, caseId), agency, freezingRequestId);
  }

  private Granted grant(Caller caller, LockedCase owned, String agency, UUID freezingRequestId) {
    UUID caseId = owned.id();
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
            .onObjectOf(owned.owningAgency())
            .withDetail("read access for " + agency + ", freezing request " + freezingRequestId));
    return new Granted(granted, true);
  }

  @Transactional
  void withdraw(Caller caller, UUID caseId, String agency, UUID freezingRequestId) {
    withdraw(caller, ownedByCallersAgency(caller, caseId), agency, freezingRequestId);
  }

  private boolean withdraw(Caller caller, LockedCase owned, String agency, UUID freezingRequestId) {
    UUID caseId = owned.id();
    checkAgency(owned, agency);
    Instant now = clock.instant();
    return executing
        .findByCaseIdAndAgencyAndFreezingRequestIdAndWithdrawnAtIsNull(
            caseId, agency, freezingRequestId)
        .map(
            standing -> {
              standing.withdraw(caller.subject(), now);
              audit.record(
                  AuditEvent.by(caller, "case.executing-access.withdraw", "case", caseId)
                      .onObjectOf(owned.owningAgency())
                      .withDetail(
                          "read access for " + agency + ", freezing request " + freezingRequestId));
              return true;
            })
        .orElse(false);
  }

  /**
   * Only the issuing side (the agency owning the case) decides; for anyone else the case is not
   * found, shared or not. The case stays locked until commit: grants and withdrawals of its access
   * run one at a time, so that a retried call cannot grant the same access twice.
   */
  private LockedCase ownedByCallersAgency(Caller caller, UUID caseId) {
    return ownedBy(caller.agency(), caseId);
  }

  private LockedCase ownedBy(String agency, UUID caseId) {
    return cases
        .lockForAccessChange(caseId)
        .filter(agency::equals)
        .map(owningAgency -> new LockedCase(caseId, owningAgency))
        .orElseThrow(() -> new NotFoundException("Case", caseId));
  }

  /** A case locked for a change of its access, with the agency that owns it. */
  private record LockedCase(UUID id, String owningAgency) {}

  private void checkAgency(LockedCase owned, String agency) {
    if (trustRegistry.issuers().stream().map(TrustedIssuer::agency).noneMatch(agency::equals)) {
      throw new InvalidRequestException("agencyCode", "is not an agency of the trust registry");
    }
    if (agency.equals(owned.owningAgency())) {
      throw new InvalidRequestException("agencyCode", "is the agency that owns the case");
    }
  }
}
