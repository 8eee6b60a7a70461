package org.sequestra.freezing.request;

import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.FreezingRequestDto;
import org.sequestra.freezing.api.model.RequestKindDto;
import org.sequestra.platform.mapping.BoundaryMapping;

@Mapper(config = BoundaryMapping.class)
interface FreezingRequestMapper {

  FreezingRequestDto toDto(FreezingRequest request);

  RequestKind toKind(RequestKindDto kind);
}
