package org.sequestra.registry.ownership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.registry.api.model.OwnershipDto;

@Mapper(componentModel = "spring")
interface OwnershipMapper {

  OwnershipDto toDto(Ownership ownership);

  /** 50, not 50.000000 as stored. */
  default String percentage(BigDecimal share) {
    return share == null ? null : share.stripTrailingZeros().toPlainString();
  }

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
