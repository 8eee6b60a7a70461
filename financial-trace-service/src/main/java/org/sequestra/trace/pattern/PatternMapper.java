package org.sequestra.trace.pattern;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.trace.api.model.TraceNodeDto;
import org.sequestra.trace.graph.GraphNode;

@Mapper(config = BoundaryMapping.class)
interface PatternMapper {

  /** A scan names accounts as the graph knows them; registry links are a trace's concern. */
  @Mapping(target = "registryAssetId", ignore = true)
  TraceNodeDto toDto(GraphNode node);
}
