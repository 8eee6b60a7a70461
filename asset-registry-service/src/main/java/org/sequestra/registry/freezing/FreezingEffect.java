package org.sequestra.registry.freezing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.registry.lifecycle.AssetValue;
import org.sequestra.registry.lifecycle.LegalBasis;

/**
 * A freezing request's effect on the registry, as the freezing-service relays it.
 *
 * @param caseId the issuing agency's case
 * @param executingAgency the agency whose access is granted or withdrawn
 * @param assets the assets moved (empty for access grants and withdrawals)
 * @param basis the order behind the change
 * @param reason free text: the Art 13 reason of FREEZE_IMPOSSIBLE, a refusal ground
 * @param occurredAt when the request's change took effect
 */
public record FreezingEffect(
    UUID freezingRequestId,
    FreezingEffectKind kind,
    UUID caseId,
    String issuingAgency,
    String executingAgency,
    List<EffectAsset> assets,
    LegalBasis legalBasis,
    String reason,
    Instant occurredAt) {

  /** An asset and, where the act needs one, its value at the moment. */
  public record EffectAsset(UUID assetId, AssetValue value) {}

  public FreezingEffect {
    assets = assets == null ? List.of() : List.copyOf(assets);
  }
}
