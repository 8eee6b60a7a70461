package org.sequestra.registry.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.registry.api.model.CustodyDto;
import org.sequestra.registry.api.model.InterlocutorySaleDto;
import org.sequestra.registry.api.model.ManagementCostDto;
import org.sequestra.registry.api.model.ManagementCostsDto;
import org.sequestra.registry.api.model.MoneyDto;

@Mapper(componentModel = "spring")
abstract class CustodyMapper {

  CustodyDto toDto(Custody custody) {
    return new CustodyDto(
            custody.getAssetId(),
            custody.getCustodianName(),
            custody.getUpdatedBy(),
            utc(custody.getUpdatedAt()))
        .custodianAgency(custody.getCustodianAgency())
        .storageLocation(custody.getStorageLocation())
        .storageCountry(custody.getStorageCountry());
  }

  ManagementCostDto toDto(ManagementCost cost) {
    return new ManagementCostDto(
        cost.getId(),
        money(cost.getAmount(), cost.getCurrency()),
        cost.getIncurredOn(),
        cost.getDescription(),
        cost.getRecordedBy(),
        utc(cost.getRecordedAt()));
  }

  ManagementCostsDto toDto(CustodyService.Costs costs) {
    return new ManagementCostsDto(
        costs.items().stream().map(this::toDto).toList(),
        costs.totals().entrySet().stream()
            .map(total -> money(total.getValue(), total.getKey()))
            .toList());
  }

  InterlocutorySaleDto toDto(InterlocutorySale sale) {
    return new InterlocutorySaleDto(
            sale.getAssetId(),
            sale.getSaleDate(),
            sale.getOrderReference(),
            money(sale.getAmount(), sale.getCurrency()),
            sale.getRecordedBy(),
            utc(sale.getRecordedAt()))
        .buyer(sale.getBuyer());
  }

  private static MoneyDto money(BigDecimal amount, String currency) {
    return new MoneyDto(amount.toPlainString(), currency);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
