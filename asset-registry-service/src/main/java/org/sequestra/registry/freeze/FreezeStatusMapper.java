package org.sequestra.registry.freeze;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.FreezeStatusDto;

@Mapper(config = BoundaryMapping.class)
interface FreezeStatusMapper {

  @Mapping(target = "frozen", expression = "java(status.frozen())")
  FreezeStatusDto toDto(FreezeStatus status);
}
