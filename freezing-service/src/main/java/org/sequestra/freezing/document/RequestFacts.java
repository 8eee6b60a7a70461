package org.sequestra.freezing.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;

/**
 * What the layouts take from the request besides its certificate.
 *
 * @param issuingState the issuing agency's country (ISO 3166 alpha-2)
 * @param executingState the executing agency's country
 * @param regulation under Regulation (EU) 2018/1805 (not an MLA request)
 * @param confiscation a confiscation request (Annex II), else a freezing request (Annex I)
 * @param registry the registry's record of each asset as read at issue; empty before issue
 */
record RequestFacts(
    String issuingState,
    String executingState,
    boolean urgent,
    boolean regulation,
    boolean confiscation,
    Map<UUID, AssetSnapshot> registry) {

  RequestFacts {
    registry = Map.copyOf(registry);
  }

  /** A request not issued yet: nothing read from the registry. */
  RequestFacts(
      String issuingState,
      String executingState,
      boolean urgent,
      boolean regulation,
      boolean confiscation) {
    this(issuingState, executingState, urgent, regulation, confiscation, Map.of());
  }

  /** The registry's snapshots by asset. */
  static Map<UUID, AssetSnapshot> byAsset(List<AssetSnapshot> snapshots) {
    Map<UUID, AssetSnapshot> byAsset = new LinkedHashMap<>();
    snapshots.forEach(snapshot -> byAsset.put(snapshot.assetId(), snapshot));
    return byAsset;
  }
}
