package org.sequestra.registry.ftm;

import static org.sequestra.registry.ftm.FtmValues.countries;
import static org.sequestra.registry.ftm.FtmValues.truncate;
import static org.sequestra.registry.ftm.FtmValues.upper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.registry.ftm.CaseHoldings.AssetIdentifiers;
import org.sequestra.registry.ftm.CaseHoldings.AssetType;
import org.sequestra.registry.ftm.CaseHoldings.Chain;
import org.sequestra.registry.ftm.CaseHoldings.LegalEntity;
import org.sequestra.registry.ftm.CaseHoldings.NewAsset;

/**
 * FtM BankAccount, RealEstate, Vehicle, Vessel, Airplane, CryptoWallet and Security as assets of a
 * case; and the shares in a company, which FtM owns as the Company itself.
 */
final class AssetSchemas {

  static final Map<String, AssetType> TYPES =
      Map.of(
          "BankAccount", AssetType.BANK_ACCOUNT,
          "RealEstate", AssetType.REAL_ESTATE,
          "Vehicle", AssetType.VEHICLE,
          "Vessel", AssetType.VESSEL,
          "Airplane", AssetType.AIRCRAFT,
          "CryptoWallet", AssetType.CRYPTO_WALLET,
          "Security", AssetType.SECURITIES);
  private static final Pattern VIN_NOTE =
      Pattern.compile(Pattern.quote(FtmExport.VIN_NOTE) + "([A-Za-z0-9]{17})");
  private static final int MAX_DESCRIPTION = 2000;

  private AssetSchemas() {}

  /** An entity of one of the {@link #TYPES} schemata as an asset with the identifiers it has. */
  static Mapped<NewAsset> asset(FtmEntity entity) {
    AssetType type = TYPES.get(entity.schema());
    if (type == null) {
      throw new IllegalArgumentException("FtM schema " + entity.schema() + " is no asset");
    }
    List<String> notes = new ArrayList<>();
    Identifiers ids = new Identifiers();
    List<String> countries = countries(entity, List.of("country", "flag"), notes);
    String country = countries.isEmpty() ? null : countries.getFirst();
    switch (type) {
      case BANK_ACCOUNT -> {
        ids.iban = entity.first("iban");
        ids.bic = entity.first("bic");
        if (ids.iban == null && entity.first("accountNumber") != null) {
          notes.add(
              "account number " + entity.first("accountNumber") + " kept in the description only");
        }
      }
      case REAL_ESTATE -> {
        ids.cadastralReference = entity.first("cadastralCode");
        ids.cadastralCountry = ids.cadastralReference == null ? null : country;
      }
      case VEHICLE -> {
        for (String note : entity.values("notes")) {
          Matcher vin = VIN_NOTE.matcher(note.strip());
          if (vin.matches()) {
            ids.vin = vin.group(1);
          }
        }
      }
      case VESSEL -> ids.imoNumber = entity.first("imoNumber");
      case AIRCRAFT -> {
        ids.aircraftRegistration = entity.first("registrationNumber");
        ids.aircraftSerialNumber = entity.first("serialNumber");
      }
      case CRYPTO_WALLET -> {
        String address = entity.first("publicKey");
        ids.walletAddress = address;
        ids.chain = address == null ? null : chain(entity, address);
      }
      case SECURITIES -> ids.isin = entity.first("isin");
      default -> throw new IllegalStateException("no FtM schema maps to " + type);
    }
    return Mapped.to(new NewAsset(type, description(entity), country, ids.build()), notes);
  }

  /**
   * The shares in a legal entity of the case, as the asset an Ownership of it is recorded on: known
   * by the entity's register identifiers, or else by their description.
   */
  static NewAsset sharesIn(LegalEntity company) {
    Identifiers ids = new Identifiers();
    ids.lei = company.lei();
    if (company.registrationNumber() != null) {
      ids.registrationNumber = company.registrationNumber();
      ids.registrationJurisdiction = company.jurisdiction();
    }
    return new NewAsset(
        AssetType.COMPANY_SHARES,
        truncate(FtmExport.SHARES_IN + company.name(), MAX_DESCRIPTION),
        company.jurisdiction(),
        ids.build());
  }

  private static Chain chain(FtmEntity entity, String address) {
    for (String property : List.of("currencySymbol", "currency")) {
      String symbol = upper(entity.first(property));
      if ("BTC".equals(symbol) || "XBT".equals(symbol)) {
        return Chain.BITCOIN;
      }
      if ("ETH".equals(symbol)) {
        return Chain.ETHEREUM;
      }
    }
    return address.startsWith("0x") || address.startsWith("0X") ? Chain.ETHEREUM : Chain.BITCOIN;
  }

  private static String description(FtmEntity entity) {
    for (String property : List.of("description", "name", "summary")) {
      String text = entity.first(property);
      if (text != null) {
        return truncate(text, MAX_DESCRIPTION);
      }
    }
    List<String> parts = new ArrayList<>(List.of(entity.schema()));
    for (String property :
        List.of("accountNumber", "bankName", "registrationNumber", "address", "model", "type")) {
      if (entity.first(property) != null) {
        parts.add(entity.first(property));
      }
    }
    return truncate(String.join(" ", parts), MAX_DESCRIPTION);
  }

  /** The identifiers as they are found, property by property. */
  private static final class Identifiers {
    String iban;
    String bic;
    String vin;
    String imoNumber;
    String aircraftRegistration;
    String aircraftSerialNumber;
    String lei;
    String registrationNumber;
    String registrationJurisdiction;
    String cadastralReference;
    String cadastralCountry;
    String walletAddress;
    Chain chain;
    String isin;

    AssetIdentifiers build() {
      return new AssetIdentifiers(
          iban,
          bic,
          vin,
          imoNumber,
          aircraftRegistration,
          aircraftSerialNumber,
          lei,
          registrationNumber,
          registrationJurisdiction,
          cadastralReference,
          cadastralCountry,
          walletAddress,
          chain,
          isin);
    }
  }
}
