package org.sequestra.trace.tracing;

import java.time.Instant;
import java.util.UUID;

/** A trace's end point proposed to the asset registry as an asset of a case. */
record Proposal(
    UUID traceId,
    Long accountId,
    UUID caseId,
    UUID registryAssetId,
    Amount estimatedValue,
    Instant proposedAt) {

  /** The money traced to the end point, in the trace's currency. */
  record Amount(String amount, String currency) {}

  /** Which case the end point is proposed to, and where the asset is. */
  record Request(UUID caseId, String locationCountry) {}
}
