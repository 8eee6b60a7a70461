package org.sequestra.registry.cases;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.mapping.BoundaryConversions;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.web.ETags;
import org.sequestra.registry.api.CasesApi;
import org.sequestra.registry.api.model.CaseDto;
import org.sequestra.registry.api.model.CasePageDto;
import org.sequestra.registry.api.model.CaseShareDto;
import org.sequestra.registry.api.model.CaseSharePageDto;
import org.sequestra.registry.api.model.CaseStatusDto;
import org.sequestra.registry.api.model.CaseUpdateDto;
import org.sequestra.registry.api.model.NewCaseDto;
import org.sequestra.registry.api.model.NewCaseShareDto;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Idempotency-Key is honoured by the platform's filter before these methods run. */
@RestController
class CaseController implements CasesApi {

  private final CaseService cases;
  private final CaseSharing sharing;
  private final CaseMapper mapper;
  private final Clock clock;

  CaseController(CaseService cases, CaseSharing sharing, CaseMapper mapper, Clock clock) {
    this.cases = cases;
    this.sharing = sharing;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<CaseDto> createCase(NewCaseDto newCase, String idempotencyKey) {
    InvestigationCase opened = cases.open(RequestContext.currentCaller(), mapper.toDraft(newCase));
    return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.getId()))
        .eTag(ETags.of(opened.getVersion()))
        .body(mapper.toDto(new CaseView(opened, CaseAccess.Level.OWNER)));
  }

  @Override
  // ISSUING_AUTHORITY: the freezing-service reads the case of a certificate at issue with the
  // issuer's own token, for its national reference (visibility as for the issuer's agency)
  @PreAuthorize(
      "hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR',"
          + " 'ISSUING_AUTHORITY')")
  public ResponseEntity<CaseDto> getCase(UUID caseId) {
    CaseView view = cases.get(RequestContext.currentCaller(), caseId);
    return ResponseEntity.ok()
        .eTag(ETags.of(view.investigationCase().getVersion()))
        .body(mapper.toDto(view));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<CaseDto> updateCase(UUID caseId, CaseUpdateDto update, String ifMatch) {
    CaseView view =
        cases.update(RequestContext.currentCaller(), caseId, ifMatch, mapper.toChanges(update));
    return ResponseEntity.ok()
        .eTag(ETags.of(view.investigationCase().getVersion()))
        .body(mapper.toDto(view));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<CasePageDto> listCases(
      Integer page,
      Integer size,
      CaseStatusDto status,
      String empactPriority,
      String empactCycle,
      String referencePrefix,
      LocalDate openedFrom,
      LocalDate openedTo) {
    CaseSearch search =
        new CaseSearch(
            mapper.toStatus(status),
            empactCycle,
            empactPriority,
            referencePrefix,
            openedFrom,
            openedTo);
    Page<CaseView> result = cases.list(RequestContext.currentCaller(), search, page, size);
    return ResponseEntity.ok(
        new CasePageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }

  @Override
  @PreAuthorize("hasRole('ARO_SUPERVISOR')")
  public ResponseEntity<CaseShareDto> shareCase(
      UUID caseId, NewCaseShareDto newShare, String idempotencyKey) {
    CaseShare share =
        sharing.share(
            RequestContext.currentCaller(),
            caseId,
            newShare.getAgency(),
            mapper.toAccess(newShare.getAccess()),
            BoundaryConversions.toInstant(newShare.getExpiresAt()));
    return ResponseEntity.created(
            URI.create("/api/v1/cases/" + caseId + "/shares/" + share.getId()))
        .body(mapper.toDto(share, clock.instant()));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<CaseSharePageDto> listCaseShares(UUID caseId, Integer page, Integer size) {
    Page<CaseShare> result = sharing.list(RequestContext.currentCaller(), caseId, page, size);
    return ResponseEntity.ok(
        new CaseSharePageDto(
            result.map(share -> mapper.toDto(share, clock.instant())).getContent(),
            PageMetadata.of(result)));
  }

  @Override
  @PreAuthorize("hasRole('ARO_SUPERVISOR')")
  public ResponseEntity<Void> revokeCaseShare(UUID caseId, UUID shareId) {
    sharing.revoke(RequestContext.currentCaller(), caseId, shareId);
    return ResponseEntity.noContent().build();
  }
}
