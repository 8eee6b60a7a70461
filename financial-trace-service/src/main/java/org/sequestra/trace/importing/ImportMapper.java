package org.sequestra.trace.importing;

import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.trace.api.model.ImportDto;
import org.sequestra.trace.api.model.RejectionDto;

@Mapper(config = BoundaryMapping.class)
interface ImportMapper {

  ImportDto toDto(ImportJob job);

  RejectionDto toDto(Rejection rejection);
}
