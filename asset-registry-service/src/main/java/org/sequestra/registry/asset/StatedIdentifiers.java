package org.sequestra.registry.asset;

/**
 * The identifiers of an asset as the caller stated them, one field per kind, before {@link
 * AssetIdentifierRules} checks and normalises them; {@code null} where not stated.
 */
public record StatedIdentifiers(
    String iban,
    String bic,
    String vin,
    String imoNumber,
    String aircraftRegistration,
    String aircraftSerialNumber,
    String lei,
    String registrationNumber,
    String registrationJurisdiction,
    String cadastralReference,
    String cadastralCountry,
    String walletAddress,
    String chain,
    String isin) {}
