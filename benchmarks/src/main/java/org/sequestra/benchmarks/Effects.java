package org.sequestra.benchmarks;

import java.time.Instant;
import java.util.UUID;

/**
 * The freezing-service's effects on the registry as text: in the registry's contract ({@code PUT
 * /internal/v1/freezing-effects/{id}}, for the direct baseline) and as the freezing-service's
 * outbox stores them ({@code RegistryOutbox.add}: the {@code RegistryEffect} record as JSON, for
 * the backlog). A transmission's two effects: the executing agency's access to the case, then the
 * case's assets FREEZE_REQUESTED (here one asset per request), under the issuing order.
 */
final class Effects {

  static final String GRANT_ACCESS = "GRANT_ACCESS";
  static final String FREEZE_REQUESTED = "FREEZE_REQUESTED";
  static final String ISSUING = RegistrySeed.NL;
  static final String EXECUTING = RegistrySeed.ES;
  static final String ORDER = "NL-OM/2026/7781";
  static final String AUTHORITY = "Openbaar Ministerie Rotterdam";
  static final String ORDER_DATE = "2026-12-01";

  private Effects() {}

  /** The body of a direct PUT, as the relay sends it. */
  static String contract(UUID request, String kind, UUID caseId, UUID asset, Instant occurredAt) {
    return "{\"freezingRequestId\":\"%s\",\"kind\":\"%s\",\"caseId\":\"%s\",\"issuingAgency\":\"%s\",\"executingAgency\":\"%s\",%s\"legalBasis\":{\"orderReference\":\"%s\",\"issuingAuthority\":\"%s\",\"orderDate\":\"%s\"},\"occurredAt\":\"%s\"}"
        .formatted(
            request,
            kind,
            caseId,
            ISSUING,
            EXECUTING,
            asset == null ? "" : "\"assets\":[{\"assetId\":\"" + asset + "\"}],",
            ORDER,
            AUTHORITY,
            ORDER_DATE,
            occurredAt);
  }

  /** The outbox row's body, as {@code RegistryOutbox.add} writes it. */
  static String outbox(UUID effect, UUID request, String kind, UUID caseId, UUID asset) {
    return "{\"id\":\"%s\",\"requestId\":\"%s\",\"kind\":\"%s\",\"caseId\":\"%s\",\"issuingAgency\":\"%s\",\"executingAgency\":\"%s\",\"assets\":[%s],\"basis\":{\"orderReference\":\"%s\",\"authority\":\"%s\",\"orderDate\":\"%s\"},\"reason\":null}"
        .formatted(
            effect,
            request,
            kind,
            caseId,
            ISSUING,
            EXECUTING,
            asset == null
                ? ""
                : "{\"assetId\":\"" + asset + "\",\"valueAmount\":null,\"valueCurrency\":null}",
            ORDER,
            AUTHORITY,
            ORDER_DATE);
  }
}
