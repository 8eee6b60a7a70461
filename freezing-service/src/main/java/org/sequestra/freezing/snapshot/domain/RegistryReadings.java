package org.sequestra.freezing.snapshot.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the registry showed the issuer of each asset read: an asset missing here was not the
 * issuer's to see (the registry answered 404, or 403).
 */
public record RegistryReadings(Map<UUID, AssetSnapshot> seen) {

  public RegistryReadings {
    seen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seen));
  }

  /** Nothing read: a step other than ISSUE. */
  public static RegistryReadings none() {
    return new RegistryReadings(Map.of());
  }

  public Optional<AssetSnapshot> of(UUID assetId) {
    return Optional.ofNullable(seen.get(assetId));
  }
}
