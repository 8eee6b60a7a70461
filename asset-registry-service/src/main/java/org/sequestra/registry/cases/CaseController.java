package org.sequestra.registry.cases;

import java.net.URI;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.registry.api.CasesApi;
import org.sequestra.registry.api.model.CaseDto;
import org.sequestra.registry.api.model.CasePageDto;
import org.sequestra.registry.api.model.NewCaseDto;
import org.sequestra.registry.api.model.PageMetadataDto;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaseController implements CasesApi {

  private final CaseService cases;
  private final CaseMapper mapper;

  CaseController(CaseService cases, CaseMapper mapper) {
    this.cases = cases;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<CaseDto> createCase(NewCaseDto newCase) {
    InvestigationCase opened =
        cases.open(
            RequestContext.currentCaller(),
            newCase.getNationalReference(),
            newCase.getTitle(),
            newCase.getOpenedOn());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.getId()))
        .body(mapper.toDto(opened));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<CaseDto> getCase(UUID caseId) {
    return ResponseEntity.ok(mapper.toDto(cases.get(RequestContext.currentCaller(), caseId)));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<CasePageDto> listCases(Integer page, Integer size) {
    Page<InvestigationCase> result = cases.list(RequestContext.currentCaller(), page, size);
    return ResponseEntity.ok(
        new CasePageDto(
            result.map(mapper::toDto).getContent(),
            new PageMetadataDto(
                result.getNumber(),
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages())));
  }
}
