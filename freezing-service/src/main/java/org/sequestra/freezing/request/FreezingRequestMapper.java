package org.sequestra.freezing.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.FreezingRequestDto;

@Mapper(componentModel = "spring")
interface FreezingRequestMapper {

  FreezingRequestDto toDto(FreezingRequest request);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
