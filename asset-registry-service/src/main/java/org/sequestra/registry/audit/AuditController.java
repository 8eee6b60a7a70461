package org.sequestra.registry.audit;

import java.time.OffsetDateTime;
import org.sequestra.platform.audit.AuditPage;
import org.sequestra.platform.audit.AuditQuery;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.audit.ChainVerification;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.AuditApi;
import org.sequestra.registry.api.model.AuditEntryPageDto;
import org.sequestra.registry.api.model.AuditVerificationDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for auditors. An auditor lists what their agency's people did and what was done to
 * their agency's objects. Verification always walks the whole chain, but only a platform
 * administrator is told where another agency's entries break it; an auditor learns that much only
 * of their own agency's entries.
 */
@RestController
class AuditController implements AuditApi {

  private final AuditTrail audit;
  private final AuditMapper mapper;

  AuditController(AuditTrail audit, AuditMapper mapper) {
    this.audit = audit;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('AUDITOR')")
  public ResponseEntity<AuditEntryPageDto> listAuditEntries(
      Integer page, Integer size, OffsetDateTime from, OffsetDateTime to) {
    Caller caller = RequestContext.currentCaller();
    AuditPage result =
        audit.entries(
            new AuditQuery(
                caller.agency(),
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(),
                page,
                size));
    // Entries name people: reading them is itself a read of personal data.
    audit.record(caller, "audit.read", "audit-log", null);
    return ResponseEntity.ok(
        new AuditEntryPageDto(
            result.entries().stream().map(mapper::toDto).toList(),
            new PageMetadata(
                result.page(), result.size(), result.totalElements(), result.totalPages())));
  }

  @Override
  @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
  public ResponseEntity<AuditVerificationDto> verifyAuditChain() {
    Caller caller = RequestContext.currentCaller();
    ChainVerification verification =
        caller.hasRole("PLATFORM_ADMIN") ? audit.verify() : audit.verifyFor(caller.agency());
    return ResponseEntity.ok(mapper.toDto(verification));
  }
}
