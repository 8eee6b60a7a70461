package org.sequestra.registry.cases;

import java.time.Instant;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.CaseDto;
import org.sequestra.registry.api.model.CaseShareDto;
import org.sequestra.registry.api.model.CaseStatusDto;
import org.sequestra.registry.api.model.CaseUpdateDto;
import org.sequestra.registry.api.model.EmpactCycleDto;
import org.sequestra.registry.api.model.EmpactPriorityDto;
import org.sequestra.registry.api.model.ExecutingAccessDto;
import org.sequestra.registry.api.model.NewCaseDto;
import org.sequestra.registry.api.model.ShareAccessDto;

@Mapper(config = BoundaryMapping.class)
interface CaseMapper {

  @Mapping(target = ".", source = "investigationCase")
  CaseDto toDto(CaseView view);

  CaseDraft toDraft(NewCaseDto newCase);

  CaseChanges toChanges(CaseUpdateDto update);

  @Mapping(target = "status", expression = "java(statusOf(share, now))")
  CaseShareDto toDto(CaseShare share, @Context Instant now);

  EmpactPriorityDto toDto(EmpactPriority priority);

  /** By hand: a cycle is a plain class without getters. */
  default EmpactCycleDto toDto(EmpactCycle cycle) {
    return new EmpactCycleDto(
        cycle.name(),
        cycle.validFrom(),
        cycle.validTo(),
        cycle.source(),
        cycle.priorities().stream().map(this::toDto).toList());
  }

  ExecutingAccessDto toDto(ExecutingAgency access);

  /** Active, expired or revoked at {@code now}: a share's status is not stored. */
  default CaseShareDto.StatusEnum statusOf(CaseShare share, Instant now) {
    return toDto(share.statusAt(now));
  }

  CaseShareDto.StatusEnum toDto(CaseShare.Status status);

  InvestigationCase.Status toStatus(CaseStatusDto status);

  CaseShare.Access toAccess(ShareAccessDto access);
}
