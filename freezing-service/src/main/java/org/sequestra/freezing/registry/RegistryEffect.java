package org.sequestra.freezing.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A change the asset registry must make because of a request, e.g. "these assets of case X are
 * FROZEN by ES-ARO under order Y". Stored in the registry outbox with the request's change and
 * relayed to the registry, which applies each effect id once.
 *
 * @param caseId the issuing agency's case in the registry
 * @param assets the assets concerned (empty for access grants and withdrawals)
 * @param basis the legal act behind the change (order reference, authority, date)
 * @param reason free text: the Art 13 reason when execution was impossible, a refusal ground...
 */
public record RegistryEffect(
    UUID id,
    UUID requestId,
    Kind kind,
    UUID caseId,
    String issuingAgency,
    String executingAgency,
    List<AssetEffect> assets,
    LegalBasis basis,
    String reason) {

  /** What the registry is asked to do. */
  public enum Kind {
    /** The executing agency may read the case (the request was transmitted). */
    GRANT_ACCESS,
    /** The executing agency's access ends (the request ended). */
    WITHDRAW_ACCESS,
    FREEZE_REQUESTED,
    FROZEN,
    /** Execution was impossible for these assets (Art 13); their status does not change. */
    FREEZE_IMPOSSIBLE,
    RELEASED,
    CONFISCATED,
    DISPOSED,
    RESTITUTED
  }

  /** One asset and, where the registry requires one (frozen, confiscated, disposed), its value. */
  public record AssetEffect(UUID assetId, BigDecimal valueAmount, String valueCurrency) {
    public AssetEffect {
      Objects.requireNonNull(assetId, "assetId");
    }
  }

  /** The order or decision behind the change. */
  public record LegalBasis(String orderReference, String authority, LocalDate orderDate) {}

  public RegistryEffect {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(issuingAgency, "issuingAgency");
    assets = List.copyOf(assets);
  }
}
