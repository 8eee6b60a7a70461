package org.sequestra.registry.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.registry.api.model.CaseDto;

@Mapper(componentModel = "spring")
interface CaseMapper {

  CaseDto toDto(InvestigationCase investigationCase);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
