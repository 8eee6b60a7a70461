package org.sequestra.freezing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.lifecycle.Act.AssetOutcome;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.Grounds.ImpossibilityReason;
import org.sequestra.freezing.lifecycle.Grounds.PostponementGround;
import org.sequestra.freezing.lifecycle.Grounds.RefusalGround;
import org.sequestra.freezing.money.Money;
import org.sequestra.platform.web.Violation;

class ActRulesTest {

  private static final UUID VILLA = UUID.randomUUID();
  private static final UUID ACCOUNT = UUID.randomUUID();

  private static ActRules.Context context(RequestKind kind, RequestStatus status) {
    return new ActRules.Context(
        new RequestLifecycle.State(kind, LegalInstrument.REGULATION_2018_1805, status, null),
        List.of(VILLA, ACCOUNT),
        false,
        false);
  }

  private static Act act(RequestAction action) {
    return Act.of(action);
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void aFreezingRefusalNeedsAGroundOfArticle8AndItsReasons() {
    Act trialInAbsentia =
        new Act(
            RequestAction.REFUSE,
            null,
            null,
            null,
            RefusalGround.TRIAL_IN_ABSENTIA,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(
            ActRules.check(
                context(RequestKind.FREEZING, RequestStatus.UNDER_CONSULTATION), trialInAbsentia))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("reason", "refusalGround");
    assertThat(
            ActRules.check(
                context(RequestKind.CONFISCATION, RequestStatus.UNDER_CONSULTATION),
                new Act(
                    RequestAction.REFUSE,
                    "absent",
                    null,
                    null,
                    RefusalGround.TRIAL_IN_ABSENTIA,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)))
        .isEmpty();
  }

  @Test
  void aPostponementNeedsAGroundOfItsKindAndAnExpectedDuration() {
    Act postponed =
        new Act(
            RequestAction.POSTPONE,
            null,
            null,
            null,
            null,
            PostponementGround.LEGAL_REMEDY_INVOKED,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(
            fields(
                ActRules.check(context(RequestKind.FREEZING, RequestStatus.RECEIVED), postponed)))
        .containsExactlyInAnyOrder("expectedDurationDays", "postponementGround");
  }

  @Test
  void executionReportsOnEveryAssetOnceWithAValueOrAnArticle13Reason() {
    Act execution =
        new Act(
            RequestAction.EXECUTE,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new AssetResult(VILLA, AssetOutcome.FROZEN, null, null),
                new AssetResult(VILLA, AssetOutcome.IMPOSSIBLE, null, null),
                new AssetResult(
                    UUID.randomUUID(),
                    AssetOutcome.CONFISCATED,
                    new Money(BigDecimal.TEN, "EUR"),
                    null)),
            null,
            null,
            null,
            null);

    assertThat(
            fields(
                ActRules.check(context(RequestKind.FREEZING, RequestStatus.RECOGNISED), execution)))
        .containsExactlyInAnyOrder(
            "assetResults[0].value",
            "assetResults[1].assetId",
            "assetResults[1].impossibility",
            "assetResults[2].assetId",
            "assetResults[2].outcome",
            "assetResults");

    Act complete =
        new Act(
            RequestAction.EXECUTE,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new AssetResult(
                    VILLA, AssetOutcome.FROZEN, new Money(new BigDecimal("850000"), "EUR"), null),
                new AssetResult(
                    ACCOUNT, AssetOutcome.IMPOSSIBLE, null, ImpossibilityReason.DISAPPEARED)),
            null,
            null,
            null,
            null);
    assertThat(ActRules.check(context(RequestKind.FREEZING, RequestStatus.RECOGNISED), complete))
        .isEmpty();
  }

  @Test
  void noDisposalWhileVictimProceedingsArePending() {
    Act disposal =
        new Act(
            RequestAction.DISPOSE,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new Act.Disposal(new Money(new BigDecimal("30000"), "EUR"), true, false),
            null);

    assertThat(
            fields(
                ActRules.check(
                    context(RequestKind.CONFISCATION, RequestStatus.EXECUTED), disposal)))
        .containsExactly("disposal.victimProceedingsPending");
  }

  @Test
  void restitutionNeedsAllThreeConditionsOfArticle29() {
    Act restitution =
        new Act(
            RequestAction.RESTITUTE,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new Act.RestitutionConditions(true, false, null));

    assertThat(
            fields(
                ActRules.check(
                    context(RequestKind.CONFISCATION, RequestStatus.EXECUTED), restitution)))
        .containsExactlyInAnyOrder(
            "restitutionConditions.notNeededAsEvidence",
            "restitutionConditions.affectedPersonsRightsNotPrejudiced");
  }

  @Test
  void aWithdrawalStatesWhy() {
    assertThat(
            fields(
                ActRules.check(
                    context(RequestKind.FREEZING, RequestStatus.RECEIVED),
                    act(RequestAction.WITHDRAW))))
        .containsExactly("reason");
  }
}
