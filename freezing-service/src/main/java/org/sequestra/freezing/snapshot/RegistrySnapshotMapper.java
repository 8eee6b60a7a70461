package org.sequestra.freezing.snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.freezing.money.Money;
import org.sequestra.freezing.registry.client.model.AssetDto;
import org.sequestra.freezing.registry.client.model.AssetIdentifiersDto;
import org.sequestra.freezing.registry.client.model.MoneyDto;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot.Identifier;
import org.sequestra.platform.mapping.BoundaryMapping;

/** The registry's asset (its generated client's model) as the snapshot a certificate keeps. */
@Mapper(config = BoundaryMapping.class)
interface RegistrySnapshotMapper {

  @Mapping(target = "assetId", source = "asset.id")
  @Mapping(target = "valuation", source = "asset.currentValuation")
  @Mapping(target = "type", source = "asset.type", defaultValue = "UNKNOWN")
  @Mapping(target = "status", source = "asset.status", defaultValue = "UNKNOWN")
  AssetSnapshot toSnapshot(AssetDto asset, String caseReference, Instant readAt);

  default Money toMoney(MoneyDto money) {
    return money == null ? null : new Money(new BigDecimal(money.getAmount()), money.getCurrency());
  }

  /** The registry's identifier fields, each given one as a typed pair, in the contract's order. */
  default List<Identifier> toIdentifiers(AssetIdentifiersDto ids) {
    List<Identifier> found = new ArrayList<>();
    if (ids == null) {
      return found;
    }
    add(found, "IBAN", ids.getIban());
    add(found, "BIC", ids.getBic());
    add(found, "VIN", ids.getVin());
    add(found, "IMO_NUMBER", ids.getImoNumber());
    add(found, "AIRCRAFT_REGISTRATION", ids.getAircraftRegistration());
    add(found, "AIRCRAFT_SERIAL_NUMBER", ids.getAircraftSerialNumber());
    add(found, "LEI", ids.getLei());
    add(found, "REGISTRATION_NUMBER", ids.getRegistrationNumber());
    add(found, "REGISTRATION_JURISDICTION", ids.getRegistrationJurisdiction());
    add(found, "CADASTRAL_REFERENCE", ids.getCadastralReference());
    add(found, "CADASTRAL_COUNTRY", ids.getCadastralCountry());
    add(found, "WALLET_ADDRESS", ids.getWalletAddress());
    add(found, "CHAIN", ids.getChain() == null ? null : ids.getChain().getValue());
    add(found, "ISIN", ids.getIsin());
    return found;
  }

  private static void add(List<Identifier> found, String type, String value) {
    if (value != null && !value.isBlank()) {
      found.add(new Identifier(type, value));
    }
  }
}
