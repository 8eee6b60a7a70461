package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sequestra.platform.web.InvalidRequestException;
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
  private final Clock clock;

  EmpactPriorityController(EmpactTaxonomy taxonomy, CaseMapper mapper, Clock clock) {
    this.taxonomy = taxonomy;
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * Every cycle, or the one selected; {@code cycle} and {@code items} keep the shape of the list
   * from before cycles were versioned (one cycle: by default today's).
   */
  @Override
  @PreAuthorize("isAuthenticated()")
  public ResponseEntity<EmpactPriorityListDto> listEmpactPriorities(String cycle, LocalDate on) {
    if (cycle != null && on != null) {
      throw new InvalidRequestException("on", "give either cycle or on, not both");
    }
    EmpactCycle selected;
    List<EmpactCycle> listed;
    if (cycle != null) {
      selected = taxonomy.cycle("cycle", cycle);
      listed = List.of(selected);
    } else if (on != null) {
      selected =
          taxonomy
              .inForceOn(on)
              .orElseThrow(
                  () -> new InvalidRequestException("on", "no EMPACT cycle is in force on " + on));
      listed = List.of(selected);
    } else {
      selected = taxonomy.current(LocalDate.now(clock));
      listed = taxonomy.cycles();
    }
    return ResponseEntity.ok(
        new EmpactPriorityListDto(
            selected.name(),
            selected.priorities().stream().map(mapper::toDto).toList(),
            listed.stream().map(mapper::toDto).toList()));
  }
}
