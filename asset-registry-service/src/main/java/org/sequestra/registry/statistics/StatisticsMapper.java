package org.sequestra.registry.statistics;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.api.model.StatisticsDto;

@Mapper(componentModel = "spring")
interface StatisticsMapper {

  StatisticsDto toDto(Statistics statistics);

  default MoneyDto euros(BigDecimal amount) {
    return new MoneyDto(amount.toPlainString(), "EUR");
  }
}
