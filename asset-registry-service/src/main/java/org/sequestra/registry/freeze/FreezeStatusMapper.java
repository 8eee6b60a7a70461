package org.sequestra.registry.freeze;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.registry.api.model.FreezeStatusDto;

@Mapper(componentModel = "spring")
interface FreezeStatusMapper {

  @Mapping(target = "frozen", expression = "java(status.frozen())")
  FreezeStatusDto toDto(FreezeStatus status);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
