package org.sequestra.registry.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sequestra.registry.asset.AssetStatus.CONFISCATED;
import static org.sequestra.registry.asset.AssetStatus.DISPOSED;
import static org.sequestra.registry.asset.AssetStatus.FREEZE_REQUESTED;
import static org.sequestra.registry.asset.AssetStatus.FROZEN;
import static org.sequestra.registry.asset.AssetStatus.IDENTIFIED;
import static org.sequestra.registry.asset.AssetStatus.RELEASED;
import static org.sequestra.registry.asset.AssetStatus.RESTITUTED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sequestra.registry.asset.AssetStatus;

class SeizureLifecycleTest {

  /** DESIGN.md §3 written out by hand, independent of the implementation's table. */
  private static final Map<AssetStatus, List<AssetStatus>> EXPECTED_ALLOWED =
      Map.of(
          IDENTIFIED, List.of(FREEZE_REQUESTED),
          FREEZE_REQUESTED, List.of(FROZEN, RELEASED),
          FROZEN, List.of(CONFISCATED, RELEASED),
          CONFISCATED, List.of(DISPOSED, RESTITUTED),
          DISPOSED, List.of(),
          RESTITUTED, List.of(),
          RELEASED, List.of());

  private static final LegalBasis ORDER =
      new LegalBasis(
          "TRIB-MAD-2026-0142",
          "Juzgado Central de Instrucción nº 5",
          LocalDate.parse("2026-03-02"));
  private static final AssetValue VALUE = new AssetValue(new BigDecimal("250000.00"), "EUR");
  private static final Instant AT = Instant.parse("2026-03-03T09:30:00Z");

  private static Transition to(AssetStatus target) {
    return new Transition(target, ORDER, "investigator@es-aro", AT, VALUE, true, true, true, false);
  }

  private static Transition withBasis(AssetStatus target, LegalBasis basis) {
    return new Transition(target, basis, "investigator@es-aro", AT, VALUE, true, true, true, false);
  }

  private static Transition withValue(AssetStatus target, AssetValue value) {
    return new Transition(target, ORDER, "investigator@es-aro", AT, value, true, true, true, false);
  }

  private static Transition restitution(boolean title, boolean evidence, boolean rights) {
    return new Transition(
        RESTITUTED, ORDER, "investigator@es-aro", AT, VALUE, title, evidence, rights, false);
  }

  private static AssetStatus walk(AssetStatus... path) {
    AssetStatus current = IDENTIFIED;
    for (AssetStatus next : path) {
      current = SeizureLifecycle.apply(current, to(next));
      assertThat(current).isEqualTo(next);
    }
    return current;
  }

  private static TransitionRuleBroken broken(AssetStatus current, Transition transition) {
    return catchThrowableOfType(
        TransitionRuleBroken.class, () -> SeizureLifecycle.apply(current, transition));
  }

  @Test
  void anIdentifiedAssetIsFrozenConfiscatedAndDisposedOf() {
    assertThat(walk(FREEZE_REQUESTED, FROZEN, CONFISCATED, DISPOSED)).isEqualTo(DISPOSED);
  }

  @Test
  void anIdentifiedAssetIsFrozenConfiscatedAndRestitutedToTheVictim() {
    assertThat(walk(FREEZE_REQUESTED, FROZEN, CONFISCATED, RESTITUTED)).isEqualTo(RESTITUTED);
  }

  @Test
  void aFreezeRequestThatIsNotGrantedReleasesTheAsset() {
    assertThat(walk(FREEZE_REQUESTED, RELEASED)).isEqualTo(RELEASED);
  }

  @Test
  void aFrozenAssetCanBeReleased() {
    assertThat(walk(FREEZE_REQUESTED, FROZEN, RELEASED)).isEqualTo(RELEASED);
  }

  @Test
  void releaseNeedsNoValueButStillItsLegalBasis() {
    assertThat(SeizureLifecycle.apply(FROZEN, withValue(RELEASED, null))).isEqualTo(RELEASED);
    assertThat(broken(FROZEN, withBasis(RELEASED, null)).slug())
        .isEqualTo("legal-basis-incomplete");
  }

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (AssetStatus from : AssetStatus.values()) {
      for (AssetStatus to : AssetStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void onlyTheTransitionsOfTheLifecycleAreAllowedAndARefusalNamesTheAllowedOnes(
      AssetStatus from, AssetStatus to) {
    List<AssetStatus> expected = EXPECTED_ALLOWED.get(from);
    assertThat(SeizureLifecycle.allowedFrom(from)).containsExactlyElementsOf(expected);
    if (expected.contains(to)) {
      assertThat(SeizureLifecycle.apply(from, to(to))).isEqualTo(to);
      return;
    }
    TransitionNotAllowed refused =
        catchThrowableOfType(
            TransitionNotAllowed.class, () -> SeizureLifecycle.apply(from, to(to)));
    assertThat(refused).isNotNull();
    assertThat(refused.current()).isEqualTo(from);
    assertThat(refused.requested()).isEqualTo(to);
    assertThat(refused.allowed()).containsExactlyElementsOf(expected);
    assertThat(refused.getMessage()).contains(from.name(), to.name());
    expected.forEach(allowed -> assertThat(refused.getMessage()).contains(allowed.name()));
  }

  @Test
  void aRefusalListsTheAllowedTargetsInOrder() {
    TransitionNotAllowed refused =
        catchThrowableOfType(
            TransitionNotAllowed.class, () -> SeizureLifecycle.apply(FROZEN, to(DISPOSED)));
    assertThat(refused.getMessage())
        .isEqualTo("cannot move an asset from FROZEN to DISPOSED; allowed: CONFISCATED, RELEASED");
  }

  @ParameterizedTest
  @EnumSource(names = {"DISPOSED", "RESTITUTED", "RELEASED"})
  void aFinalStatusAllowsNothing(AssetStatus terminal) {
    assertThat(SeizureLifecycle.allowedFrom(terminal)).isEmpty();
    TransitionNotAllowed refused =
        catchThrowableOfType(
            TransitionNotAllowed.class, () -> SeizureLifecycle.apply(terminal, to(RELEASED)));
    assertThat(refused.allowed()).isEmpty();
    assertThat(refused.getMessage()).contains(terminal + " is final");
  }

  @Test
  void disposalIsBlockedWhileVictimProceedingsArePending() {
    Transition disposal =
        new Transition(DISPOSED, ORDER, "amo@es", AT, VALUE, false, false, false, true);
    TransitionRuleBroken blocked = broken(CONFISCATED, disposal);
    assertThat(blocked.slug()).isEqualTo("victim-proceedings-pending");
    assertThat(blocked.reason())
        .isEqualTo(
            "disposal is blocked while victim proceedings are pending"
                + " (Regulation 2018/1805 Art 30(5))");
  }

  @Test
  void pendingVictimProceedingsDoNotBlockRestitution() {
    Transition restitution =
        new Transition(RESTITUTED, ORDER, "amo@es", AT, VALUE, true, true, true, true);
    assertThat(SeizureLifecycle.apply(CONFISCATED, restitution)).isEqualTo(RESTITUTED);
  }

  @Test
  void restitutionIsRefusedWhileTheVictimsTitleIsContested() {
    TransitionRuleBroken refused = broken(CONFISCATED, restitution(false, true, true));
    assertThat(refused.slug()).isEqualTo("restitution-conditions-unmet");
    assertThat(refused.fields()).containsExactly("titleUncontested");
    assertThat(refused.reason())
        .contains("Art 29")
        .contains("title to the property is contested")
        .doesNotContain("evidence", "affected persons");
  }

  @Test
  void restitutionIsRefusedWhileThePropertyIsNeededAsEvidence() {
    TransitionRuleBroken refused = broken(CONFISCATED, restitution(true, false, true));
    assertThat(refused.fields()).containsExactly("notNeededAsEvidence");
    assertThat(refused.reason())
        .contains("needed as evidence")
        .doesNotContain("contested", "affected persons");
  }

  @Test
  void restitutionIsRefusedIfItWouldPrejudiceAffectedPersons() {
    TransitionRuleBroken refused = broken(CONFISCATED, restitution(true, true, false));
    assertThat(refused.fields()).containsExactly("affectedPersonsRightsNotPrejudiced");
    assertThat(refused.reason())
        .contains("rights of affected persons would be prejudiced")
        .doesNotContain("contested", "evidence");
  }

  @Test
  void restitutionWithNoConditionMetNamesAllThree() {
    TransitionRuleBroken refused = broken(CONFISCATED, restitution(false, false, false));
    assertThat(refused.fields())
        .containsExactly(
            "titleUncontested", "notNeededAsEvidence", "affectedPersonsRightsNotPrejudiced");
    assertThat(refused.reason())
        .contains("contested", "needed as evidence", "affected persons would be prejudiced");
  }

  @Test
  void aTransitionWithoutLegalBasisNamesEveryMissingField() {
    TransitionRuleBroken refused = broken(IDENTIFIED, withBasis(FREEZE_REQUESTED, null));
    assertThat(refused.slug()).isEqualTo("legal-basis-incomplete");
    assertThat(refused.fields())
        .containsExactly(
            "legalBasis.orderReference", "legalBasis.issuingAuthority", "legalBasis.orderDate");
    assertThat(refused.reason())
        .endsWith("missing: order reference, issuing authority, order date");
  }

  @Test
  void aBlankOrderReferenceIsMissing() {
    LegalBasis basis = new LegalBasis("  ", ORDER.issuingAuthority(), ORDER.orderDate());
    TransitionRuleBroken refused = broken(IDENTIFIED, withBasis(FREEZE_REQUESTED, basis));
    assertThat(refused.fields()).containsExactly("legalBasis.orderReference");
    assertThat(refused.reason()).endsWith("missing: order reference");
  }

  @Test
  void aMissingIssuingAuthorityIsNamed() {
    LegalBasis basis = new LegalBasis(ORDER.orderReference(), null, ORDER.orderDate());
    TransitionRuleBroken refused = broken(FREEZE_REQUESTED, withBasis(FROZEN, basis));
    assertThat(refused.fields()).containsExactly("legalBasis.issuingAuthority");
    assertThat(refused.reason()).endsWith("missing: issuing authority");
  }

  @Test
  void aMissingOrderDateIsNamed() {
    LegalBasis basis = new LegalBasis(ORDER.orderReference(), ORDER.issuingAuthority(), null);
    TransitionRuleBroken refused = broken(FROZEN, withBasis(CONFISCATED, basis));
    assertThat(refused.fields()).containsExactly("legalBasis.orderDate");
    assertThat(refused.reason()).endsWith("missing: order date");
  }

  @Test
  void aTransitionRecordsWhoActedAndWhen() {
    Transition anonymous =
        new Transition(FREEZE_REQUESTED, ORDER, " ", null, null, false, false, false, false);
    TransitionRuleBroken refused = broken(IDENTIFIED, anonymous);
    assertThat(refused.slug()).isEqualTo("transition-incomplete");
    assertThat(refused.fields()).containsExactly("actor", "at");
  }

  @ParameterizedTest
  @EnumSource(names = {"FROZEN", "CONFISCATED", "DISPOSED"})
  void theValueIsRequiredAtFreezingConfiscationAndDisposal(AssetStatus target) {
    AssetStatus from =
        switch (target) {
          case FROZEN -> FREEZE_REQUESTED;
          case CONFISCATED -> FROZEN;
          default -> CONFISCATED;
        };
    TransitionRuleBroken refused = broken(from, withValue(target, null));
    assertThat(refused.slug()).isEqualTo("value-missing");
    assertThat(refused.fields()).containsExactly("value.amount", "value.currency");
    assertThat(refused.reason()).contains(target.name(), "Directive 2024/1260 Art 27");
  }

  @Test
  void aValueWithoutCurrencyIsMissingTheCurrency() {
    TransitionRuleBroken refused =
        broken(FREEZE_REQUESTED, withValue(FROZEN, new AssetValue(new BigDecimal("10"), null)));
    assertThat(refused.fields()).containsExactly("value.currency");
    assertThat(refused.reason()).endsWith("missing: currency");
  }

  @Test
  void aValueWithoutAmountIsMissingTheAmount() {
    TransitionRuleBroken refused =
        broken(FROZEN, withValue(CONFISCATED, new AssetValue(null, "EUR")));
    assertThat(refused.fields()).containsExactly("value.amount");
    assertThat(refused.reason()).endsWith("missing: amount");
  }

  @Test
  void aValueInAnUnknownCurrencyIsRejected() {
    TransitionRuleBroken refused =
        broken(FREEZE_REQUESTED, withValue(FROZEN, new AssetValue(BigDecimal.ONE, "XYZ")));
    assertThat(refused.slug()).isEqualTo("value-invalid");
    assertThat(refused.fields()).containsExactly("value.currency");
  }

  @Test
  void aNegativeValueIsRejected() {
    TransitionRuleBroken refused =
        broken(FREEZE_REQUESTED, withValue(FROZEN, new AssetValue(new BigDecimal("-1.00"), "EUR")));
    assertThat(refused.slug()).isEqualTo("value-invalid");
    assertThat(refused.fields()).containsExactly("value.amount");
  }

  @Test
  void aFreezeRequestNeedsNoValueYet() {
    assertThat(SeizureLifecycle.apply(IDENTIFIED, withValue(FREEZE_REQUESTED, null)))
        .isEqualTo(FREEZE_REQUESTED);
  }
}
