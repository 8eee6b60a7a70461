package org.sequestra.registry.freezing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.registry.asset.AssetStatus;

/** What an applied effect did, kept with it and answered again for a repeated effect id. */
public record FreezingEffectOutcome(
    UUID effectId,
    UUID freezingRequestId,
    FreezingEffectKind kind,
    UUID caseId,
    Instant appliedAt,
    List<AssetOutcome> assets) {

  /** An asset's status after the effect; {@code changed} is false when it already had it. */
  public record AssetOutcome(UUID assetId, AssetStatus status, boolean changed) {}

  public FreezingEffectOutcome {
    assets = List.copyOf(assets);
  }
}
