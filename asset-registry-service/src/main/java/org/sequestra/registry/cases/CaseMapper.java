package org.sequestra.registry.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.registry.api.model.CaseDto;
import org.sequestra.registry.api.model.CaseShareDto;
import org.sequestra.registry.api.model.CaseUpdateDto;
import org.sequestra.registry.api.model.EmpactPriorityDto;
import org.sequestra.registry.api.model.ExecutingAccessDto;
import org.sequestra.registry.api.model.NewCaseDto;

@Mapper(componentModel = "spring")
interface CaseMapper {

  @Mapping(target = ".", source = "investigationCase")
  CaseDto toDto(CaseView view);

  CaseDraft toDraft(NewCaseDto newCase);

  CaseChanges toChanges(CaseUpdateDto update);

  @Mapping(target = "status", expression = "java(statusOf(share, now))")
  CaseShareDto toDto(CaseShare share, @Context Instant now);

  EmpactPriorityDto toDto(EmpactPriority priority);

  ExecutingAccessDto toDto(ExecutingAgency access);

  default CaseShareDto.StatusEnum statusOf(CaseShare share, Instant now) {
    return CaseShareDto.StatusEnum.valueOf(share.statusAt(now).name());
  }

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  default Instant toInstant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
