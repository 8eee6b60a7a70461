package org.sequestra.trace.dataset;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.trace.api.model.DatasetDto;

@Mapper(componentModel = "spring")
interface DatasetMapper {

  DatasetDto toDto(Dataset dataset);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
