package org.sequestra.trace.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.trace.api.model.ImportDto;

@Mapper(componentModel = "spring")
interface ImportMapper {

  ImportDto toDto(ImportJob job);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
