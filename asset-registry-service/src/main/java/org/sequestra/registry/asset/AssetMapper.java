package org.sequestra.registry.asset;

import java.util.Set;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.AssetIdentifiersDto;
import org.sequestra.registry.api.model.AssetStatusDto;
import org.sequestra.registry.api.model.AssetTypeDto;
import org.sequestra.registry.api.model.AssetUpdateDto;
import org.sequestra.registry.api.model.ChainDto;
import org.sequestra.registry.api.model.NewAssetDto;
import org.sequestra.registry.api.model.NewValuationDto;
import org.sequestra.registry.api.model.ValuationDto;

@Mapper(
    config = BoundaryMapping.class,
    uses = {MoneyMapper.class, ReferenceRates.class},
    injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public abstract class AssetMapper {

  public abstract AssetDto toDto(Asset asset);

  /** The euro equivalent at the rate of the valuation date ({@link ReferenceRates#of}). */
  @Mapping(target = "estimatedValue", source = ".")
  @Mapping(target = "eurEquivalent", source = ".")
  abstract ValuationDto toDto(Valuation valuation);

  public abstract NewAsset toNewAsset(NewAssetDto request);

  abstract AssetChanges toChanges(AssetUpdateDto update);

  @Mapping(target = "amount", source = "estimatedValue.amount")
  @Mapping(target = "currency", source = "estimatedValue.currency")
  abstract NewValuation toNewValuation(NewValuationDto request);

  abstract StatedIdentifiers toStated(AssetIdentifiersDto identifiers);

  abstract AssetStatus toStatus(AssetStatusDto status);

  abstract Asset.Type toType(AssetTypeDto type);

  /** Stored one row per identifier; the contract has one field per kind. */
  AssetIdentifiersDto toDto(Set<AssetIdentifier> identifiers) {
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
}
