package org.sequestra.registry.ownership;

import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.api.model.OwnershipDto;
import org.sequestra.registry.mapping.PlainDecimals;

@Mapper(config = BoundaryMapping.class, uses = PlainDecimals.class)
public interface OwnershipMapper {

  OwnershipDto toDto(Ownership ownership);

  NewOwnership toNewOwnership(NewOwnershipDto request);
}
