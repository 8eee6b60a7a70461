package org.sequestra.registry.ownership;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.api.model.OwnershipDto;

@Mapper(config = BoundaryMapping.class)
interface OwnershipMapper {

  OwnershipDto toDto(Ownership ownership);

  NewOwnership toNewOwnership(NewOwnershipDto request);

  /** 50, not 50.000000 as stored. */
  default String percentage(BigDecimal share) {
    return share == null ? null : share.stripTrailingZeros().toPlainString();
  }
}
