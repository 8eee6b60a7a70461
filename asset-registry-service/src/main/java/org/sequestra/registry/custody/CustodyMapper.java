package org.sequestra.registry.custody;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.CustodyDto;
import org.sequestra.registry.api.model.CustodyUpdateDto;
import org.sequestra.registry.api.model.InterlocutorySaleDto;
import org.sequestra.registry.api.model.InterlocutorySaleUpdateDto;
import org.sequestra.registry.api.model.ManagementCostDto;
import org.sequestra.registry.api.model.ManagementCostsDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.api.model.NewManagementCostDto;
import org.sequestra.registry.asset.MoneyMapper;

@Mapper(config = BoundaryMapping.class, imports = MoneyMapper.class)
abstract class CustodyMapper {

  abstract CustodyDto toDto(Custody custody);

  @Mapping(
      target = "amount",
      expression = "java(MoneyMapper.money(cost.getAmount(), cost.getCurrency()))")
  abstract ManagementCostDto toDto(ManagementCost cost);

  abstract ManagementCostsDto toDto(CustodyService.Costs costs);

  @Mapping(
      target = "amountRealised",
      expression = "java(MoneyMapper.money(sale.getAmount(), sale.getCurrency()))")
  abstract InterlocutorySaleDto toDto(InterlocutorySale sale);

  abstract CustodyCommands.CustodyUpdate toUpdate(CustodyUpdateDto update);

  abstract CustodyCommands.NewManagementCost toNewCost(NewManagementCostDto request);

  abstract CustodyCommands.InterlocutorySaleUpdate toUpdate(InterlocutorySaleUpdateDto update);

  /** One total per currency, amounts in different currencies never added up. */
  List<MoneyDto> totals(Map<String, BigDecimal> totals) {
    return totals.entrySet().stream()
        .map(total -> MoneyMapper.money(total.getValue(), total.getKey()))
        .toList();
  }
}
