package org.sequestra.registry.cases;

import org.sequestra.registry.api.TaxonomiesApi;
import org.sequestra.registry.api.model.EmpactPriorityListDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Reference data: any authenticated caller may read the taxonomy. */
@RestController
class EmpactPriorityController implements TaxonomiesApi {

  private final EmpactTaxonomy taxonomy;
  private final CaseMapper mapper;

  EmpactPriorityController(EmpactTaxonomy taxonomy, CaseMapper mapper) {
    this.taxonomy = taxonomy;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("isAuthenticated()")
  public ResponseEntity<EmpactPriorityListDto> listEmpactPriorities() {
    return ResponseEntity.ok(
        new EmpactPriorityListDto(
            taxonomy.cycle(), taxonomy.priorities().stream().map(mapper::toDto).toList()));
  }
}
