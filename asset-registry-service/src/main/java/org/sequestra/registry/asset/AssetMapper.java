package org.sequestra.registry.asset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.AssetIdentifiersDto;
import org.sequestra.registry.api.model.ChainDto;
import org.sequestra.registry.api.model.EurEquivalentDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.api.model.ValuationDto;
import org.springframework.beans.factory.annotation.Autowired;

@Mapper(componentModel = "spring")
abstract class AssetMapper {

  @Autowired ReferenceRates rates;

  abstract AssetDto toDto(Asset asset);

  ValuationDto toDto(Valuation valuation) {
    if (valuation == null) {
      return null;
    }
    ValuationDto dto =
        new ValuationDto(
            valuation.getId(),
            money(valuation.getAmount(), valuation.getCurrency()),
            valuation.getValuationDate(),
            eurEquivalent(rates.of(valuation)),
            toOffsetDateTime(valuation.getRecordedAt()));
    dto.setSource(valuation.getSource());
    return dto;
  }

  @Mapping(target = "value", expression = "java(eur(equivalent.eurAmount()))")
  @Mapping(target = "rate", expression = "java(plain(equivalent.rate()))")
  abstract EurEquivalentDto eurEquivalent(EuroEquivalent equivalent);

  AssetIdentifiersDto toDto(List<AssetIdentifier> identifiers) {
    AssetIdentifiersDto dto = new AssetIdentifiersDto();
    for (AssetIdentifier identifier : identifiers) {
      String value = identifier.getValue();
      switch (identifier.getField()) {
        case "iban" -> dto.setIban(value);
        case "bic" -> dto.setBic(value);
        case "vin" -> dto.setVin(value);
        case "imoNumber" -> dto.setImoNumber(value);
        case "aircraftRegistration" -> dto.setAircraftRegistration(value);
        case "aircraftSerialNumber" -> dto.setAircraftSerialNumber(value);
        case "lei" -> dto.setLei(value);
        case "registrationNumber" -> {
          dto.setRegistrationNumber(value);
          dto.setRegistrationJurisdiction(identifier.getQualifier());
        }
        case "cadastralReference" -> {
          dto.setCadastralReference(value);
          dto.setCadastralCountry(identifier.getQualifier());
        }
        case "walletAddress" -> {
          dto.setWalletAddress(value);
          dto.setChain(ChainDto.valueOf(identifier.getQualifier()));
        }
        case "isin" -> dto.setIsin(value);
        default ->
            throw new IllegalStateException("unknown identifier field " + identifier.getField());
      }
    }
    return dto;
  }

  MoneyDto eur(BigDecimal amount) {
    return amount == null ? null : money(amount, EuroEquivalent.EUR);
  }

  MoneyDto money(BigDecimal amount, String currency) {
    return new MoneyDto(amount.toPlainString(), currency);
  }

  /** A rate without the trailing zeros of its storage scale: 1.0956, not 1.095600. */
  String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
