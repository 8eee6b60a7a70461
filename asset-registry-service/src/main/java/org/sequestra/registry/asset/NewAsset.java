package org.sequestra.registry.asset;

/** An asset to register, as stated; {@code identifiers} and {@code valuation} may be absent. */
public record NewAsset(
    Asset.Type type,
    String description,
    String locationCountry,
    StatedIdentifiers identifiers,
    NewValuation valuation) {}
