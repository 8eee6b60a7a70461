package org.sequestra.freezing.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.Act.AssetOutcome;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.Act.Disposal;
import org.sequestra.freezing.lifecycle.Act.RestitutionConditions;
import org.sequestra.platform.web.Violation;

/**
 * What each act must state, and what the Regulation forbids at the moment of the act. Every fault
 * is returned at once, named by the field of the transition's body.
 */
public final class ActRules {

  private ActRules() {}

  /**
   * @param certificateAssets the registry assets the certificate names (execution reports on each)
   * @param victimDecision the certificate carries a decision to restitute or compensate the victim
   * @param victimProceedingsPending the certificate says victim proceedings are pending (Art 30(5))
   */
  public record Context(
      RequestLifecycle.State state,
      List<UUID> certificateAssets,
      boolean victimDecision,
      boolean victimProceedingsPending) {}

  public static List<Violation> check(Context context, Act act) {
    List<Violation> faults = new ArrayList<>();
    RequestLifecycle.State state = context.state();
    boolean regulation = state.instrument() == LegalInstrument.REGULATION_2018_1805;
    switch (act.action()) {
      case FORWARD -> require(faults, act.forwardTo() != null, "forwardTo", "is required");
      case REFUSE -> refusal(faults, state, act, regulation);
      case POSTPONE -> postponement(faults, state, act, regulation);
      case EXECUTE -> execution(faults, state.kind(), context.certificateAssets(), act);
      case WITHDRAW ->
          require(faults, act.reason() != null, "reason", "is required: why it is withdrawn");
      case SUPERSEDE -> require(faults, act.supersededBy() != null, "supersededBy", "is required");
      case DISPOSE -> disposal(faults, context, act.disposal());
      case RESTITUTE -> restitution(faults, act.restitutionConditions());
      default -> {
        // the other acts state nothing beyond their reason
      }
    }
    return faults;
  }

  /** The share of the money obtained (Art 30(7)); the act must have passed {@link #check}. */
  public static DisposalShare share(Context context, Disposal disposal) {
    return DisposalShare.of(
        disposal.amountObtained().amount(),
        context.victimDecision(),
        Boolean.TRUE.equals(disposal.otherwiseAgreed()));
  }

  private static void refusal(
      List<Violation> faults, RequestLifecycle.State state, Act act, boolean regulation) {
    require(faults, act.reason() != null, "reason", "is required: the refusal's reasons");
    if (!regulation) {
      return;
    }
    if (act.refusalGround() == null) {
      faults.add(
          new Violation(
              "refusalGround",
              "is required: one of the grounds of "
                  + (state.kind() == RequestKind.FREEZING ? "Art 8(1)" : "Art 19(1)")));
    } else if (!Grounds.refusal(state.kind()).contains(act.refusalGround())) {
      faults.add(
          new Violation(
              "refusalGround",
              act.refusalGround() + " is not a ground for refusing a " + state.kind() + " order"));
    }
  }

  private static void postponement(
      List<Violation> faults, RequestLifecycle.State state, Act act, boolean regulation) {
    require(
        faults,
        act.expectedDurationDays() != null,
        "expectedDurationDays",
        "is required: the expected duration of the postponement");
    if (!regulation) {
      require(faults, act.reason() != null, "reason", "is required: why it is postponed");
      return;
    }
    if (act.postponementGround() == null) {
      faults.add(
          new Violation(
              "postponementGround",
              "is required: one of the grounds of "
                  + (state.kind() == RequestKind.FREEZING ? "Art 10(1)" : "Art 21(1)")));
    } else if (!Grounds.postponement(state.kind()).contains(act.postponementGround())) {
      faults.add(
          new Violation(
              "postponementGround",
              act.postponementGround()
                  + " is not a ground for postponing a "
                  + state.kind()
                  + " order"));
    }
  }

  /** Every asset of the certificate gets exactly one result. */
  private static void execution(
      List<Violation> faults, RequestKind kind, List<UUID> assets, Act act) {
    AssetOutcome done =
        kind == RequestKind.FREEZING ? AssetOutcome.FROZEN : AssetOutcome.CONFISCATED;
    Set<UUID> seen = new HashSet<>();
    List<AssetResult> results = act.assetResults();
    for (int i = 0; i < results.size(); i++) {
      AssetResult result = results.get(i);
      String at = "assetResults[" + i + "]";
      if (!assets.contains(result.assetId())) {
        faults.add(new Violation(at + ".assetId", "is not an asset of the certificate"));
      } else if (!seen.add(result.assetId())) {
        faults.add(new Violation(at + ".assetId", "is reported twice"));
      }
      if (result.outcome() == AssetOutcome.IMPOSSIBLE) {
        require(
            faults,
            result.impossibility() != null,
            at + ".impossibility",
            "is required: the reason of Art " + (kind == RequestKind.FREEZING ? "13(3)" : "22(3)"));
      } else if (result.outcome() != done) {
        faults.add(new Violation(at + ".outcome", "must be " + done + " or IMPOSSIBLE"));
      } else if (result.value() == null) {
        faults.add(
            new Violation(at + ".value", "is required: the value " + done.name().toLowerCase()));
      } else if (result.value().amount().signum() < 0) {
        faults.add(new Violation(at + ".value.amount", "must not be negative"));
      }
    }
    for (UUID asset : assets) {
      if (!seen.contains(asset)) {
        faults.add(new Violation("assetResults", "has no result for asset " + asset));
      }
    }
  }

  private static void disposal(List<Violation> faults, Context context, Disposal disposal) {
    if (disposal == null) {
      faults.add(new Violation("disposal", "is required"));
      return;
    }
    if (disposal.amountObtained() == null) {
      faults.add(new Violation("disposal.amountObtained", "is required"));
    } else if (!"EUR".equals(disposal.amountObtained().currency())) {
      faults.add(
          new Violation(
              "disposal.amountObtained.currency",
              "must be EUR: Art 30(7) shares by a threshold in euro"));
    } else if (disposal.amountObtained().amount().signum() < 0) {
      faults.add(new Violation("disposal.amountObtained.amount", "must not be negative"));
    }
    if (Boolean.TRUE.equals(disposal.victimProceedingsPending())
        || (context.victimProceedingsPending()
            && !Boolean.FALSE.equals(disposal.victimProceedingsPending()))) {
      faults.add(
          new Violation(
              "disposal.victimProceedingsPending",
              "no disposal while proceedings to restitute property to, or compensate, the victim"
                  + " are pending (Art 30(5))"));
    }
  }

  private static void restitution(List<Violation> faults, RestitutionConditions conditions) {
    String prefix = "restitutionConditions.";
    if (conditions == null) {
      faults.add(new Violation("restitutionConditions", "is required (Art 29(2))"));
      return;
    }
    require(
        faults,
        Boolean.TRUE.equals(conditions.titleUncontested()),
        prefix + "titleUncontested",
        "must be true: the victim's title must not be contested (Art 29(2)(a))");
    require(
        faults,
        Boolean.TRUE.equals(conditions.notNeededAsEvidence()),
        prefix + "notNeededAsEvidence",
        "must be true: the property must not be needed as evidence (Art 29(2)(b))");
    require(
        faults,
        Boolean.TRUE.equals(conditions.affectedPersonsRightsNotPrejudiced()),
        prefix + "affectedPersonsRightsNotPrejudiced",
        "must be true: the rights of affected persons must not be prejudiced (Art 29(2)(c))");
  }

  private static void require(List<Violation> faults, boolean holds, String field, String reason) {
    if (!holds) {
      faults.add(new Violation(field, reason));
    }
  }
}
