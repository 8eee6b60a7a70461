package org.sequestra.registry.statistics;

import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.StatisticsDto;
import org.sequestra.registry.asset.MoneyMapper;

@Mapper(config = BoundaryMapping.class, uses = MoneyMapper.class)
interface StatisticsMapper {

  StatisticsDto toDto(Statistics statistics);
}
