package org.sequestra.trace.dataset;

import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.trace.api.model.DatasetDto;

@Mapper(config = BoundaryMapping.class)
interface DatasetMapper {

  DatasetDto toDto(Dataset dataset);
}
