package org.sequestra.freezing.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.Grounds.ImpossibilityReason;
import org.sequestra.freezing.lifecycle.Grounds.PostponementGround;
import org.sequestra.freezing.lifecycle.Grounds.RefusalGround;
import org.sequestra.freezing.money.Money;

/**
 * One step a side takes on a request, with what it states. Which fields an action needs is checked
 * by {@link RequestLifecycle#check}.
 *
 * @param occurredAt when the act took effect (e.g. receipt of the certificate); null means now
 * @param decision the executing side's decision behind the act, passed on to the registry
 */
public record Act(
    RequestAction action,
    String reason,
    Instant occurredAt,
    String forwardTo,
    RefusalGround refusalGround,
    PostponementGround postponementGround,
    Integer expectedDurationDays,
    List<AssetResult> assetResults,
    Decision decision,
    UUID supersededBy,
    Disposal disposal,
    RestitutionConditions restitutionConditions) {

  public Act {
    assetResults = assetResults == null ? List.of() : List.copyOf(assetResults);
  }

  /** An act that states nothing but its action. */
  public static Act of(RequestAction action) {
    return new Act(action, null, null, null, null, null, null, null, null, null, null, null);
  }

  public enum AssetOutcome {
    FROZEN,
    CONFISCATED,
    IMPOSSIBLE
  }

  /** What execution achieved for one asset. */
  public record AssetResult(
      UUID assetId, AssetOutcome outcome, Money value, ImpossibilityReason impossibility) {}

  /** The order or decision of the executing side. */
  public record Decision(String orderReference, String authority, LocalDate orderDate) {}

  /** The money obtained from a confiscation and what blocks or changes its sharing. */
  public record Disposal(
      Money amountObtained, Boolean victimProceedingsPending, Boolean otherwiseAgreed) {}

  /** Art 29(2)(a)-(c). */
  public record RestitutionConditions(
      Boolean titleUncontested,
      Boolean notNeededAsEvidence,
      Boolean affectedPersonsRightsNotPrejudiced) {}
}
