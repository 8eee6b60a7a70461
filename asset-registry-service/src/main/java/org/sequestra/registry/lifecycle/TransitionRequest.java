package org.sequestra.registry.lifecycle;

import java.time.Instant;
import org.sequestra.registry.asset.AssetStatus;

/**
 * An act of the seizure lifecycle as the caller stated it, before it is checked; every field but
 * {@code target} may be absent.
 *
 * @param legalBasis the order as stated (texts not yet trimmed)
 * @param value the amount is still the contract's decimal string
 */
record TransitionRequest(
    AssetStatus target,
    LegalBasis legalBasis,
    Instant occurredAt,
    String executingCountry,
    String actor,
    StatedValue value,
    String note,
    RestitutionConditions restitutionConditions,
    Boolean victimProceedingsPending) {

  /** The asset's value at the moment of the act, as stated. */
  record StatedValue(String amount, String currency) {}

  /** The conditions of restitution to a victim (Regulation 2018/1805 Art 29), as stated. */
  record RestitutionConditions(
      Boolean titleUncontested,
      Boolean notNeededAsEvidence,
      Boolean affectedPersonsRightsNotPrejudiced) {}
}
