package org.sequestra.registry.lifecycle;

import static org.sequestra.registry.asset.AssetStatus.CONFISCATED;
import static org.sequestra.registry.asset.AssetStatus.DISPOSED;
import static org.sequestra.registry.asset.AssetStatus.FREEZE_REQUESTED;
import static org.sequestra.registry.asset.AssetStatus.FROZEN;
import static org.sequestra.registry.asset.AssetStatus.IDENTIFIED;
import static org.sequestra.registry.asset.AssetStatus.RELEASED;
import static org.sequestra.registry.asset.AssetStatus.RESTITUTED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.registry.asset.AssetStatus;

/**
 * The seizure lifecycle of DESIGN.md §3: {@code IDENTIFIED → FREEZE_REQUESTED → FROZEN →
 * CONFISCATED → DISPOSED | RESTITUTED}, and {@code FREEZE_REQUESTED | FROZEN → RELEASED}.
 *
 * <p>Checks run in a fixed order so a caller sees the most basic problem first: is the target
 * reachable at all (409), is the command complete (legal basis, actor, time, value), and only then
 * does the law allow it now (victim proceedings, restitution conditions).
 */
public final class SeizureLifecycle {

  private static final Map<AssetStatus, Set<AssetStatus>> NEXT = new EnumMap<>(AssetStatus.class);

  static {
    for (AssetStatus status : AssetStatus.values()) {
      NEXT.put(status, EnumSet.noneOf(AssetStatus.class));
    }
    NEXT.get(IDENTIFIED).add(FREEZE_REQUESTED);
    NEXT.get(FREEZE_REQUESTED).addAll(List.of(FROZEN, RELEASED));
    NEXT.get(FROZEN).addAll(List.of(CONFISCATED, RELEASED));
    NEXT.get(CONFISCATED).addAll(List.of(DISPOSED, RESTITUTED));
  }

  /** Directive 2024/1260 Art 27 asks for the value at freezing, confiscation and disposal. */
  private static final Set<AssetStatus> VALUE_REQUIRED = EnumSet.of(FROZEN, CONFISCATED, DISPOSED);

  private SeizureLifecycle() {}

  /** The statuses reachable from {@code current}, in lifecycle order; empty for a final status. */
  public static List<AssetStatus> allowedFrom(AssetStatus current) {
    Objects.requireNonNull(current, "current");
    // EnumSet iterates in declaration order, which is the lifecycle order
    return List.copyOf(NEXT.get(current));
  }

  /**
   * The status after {@code transition}.
   *
   * @throws TransitionNotAllowed if the target cannot follow {@code current}
   * @throws TransitionRuleBroken if the command is incomplete or the law blocks it
   */
  public static AssetStatus apply(AssetStatus current, Transition transition) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(transition, "transition");
    AssetStatus target = Objects.requireNonNull(transition.target(), "transition.target");
    requireAllowedTransition(current, target);
    requireLegalBasis(transition.legalBasis());
    requireActorAndTime(transition);
    if (VALUE_REQUIRED.contains(target)) {
      requireValue(target, transition.value());
    }
    if (target == DISPOSED) {
      requireNoVictimProceedingsPending(transition);
    }
    if (target == RESTITUTED) {
      requireRestitutionConditions(transition);
    }
    return target;
  }

  private static void requireAllowedTransition(AssetStatus current, AssetStatus target) {
    List<AssetStatus> allowed = allowedFrom(current);
    if (!allowed.contains(target)) {
      throw new TransitionNotAllowed(current, target, allowed);
    }
  }

  /** No disposal while victim proceedings are pending (Regulation 2018/1805 Art 30(5)). */
  private static void requireNoVictimProceedingsPending(Transition transition) {
    if (transition.victimProceedingsPending()) {
      throw new TransitionRuleBroken(
          "victim-proceedings-pending",
          "disposal is blocked while victim proceedings are pending"
              + " (Regulation 2018/1805 Art 30(5))",
          List.of());
    }
  }

  private static void requireLegalBasis(LegalBasis basis) {
    List<String> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (basis == null || isBlank(basis.orderReference())) {
      fields.add("legalBasis.orderReference");
      names.add("order reference");
    }
    if (basis == null || isBlank(basis.issuingAuthority())) {
      fields.add("legalBasis.issuingAuthority");
      names.add("issuing authority");
    }
    if (basis == null || basis.orderDate() == null) {
      fields.add("legalBasis.orderDate");
      names.add("order date");
    }
    if (!fields.isEmpty()) {
      throw new TransitionRuleBroken(
          "legal-basis-incomplete",
          "every transition needs its legal basis; missing: " + String.join(", ", names),
          fields);
    }
  }

  private static void requireActorAndTime(Transition transition) {
    List<String> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (isBlank(transition.actor())) {
      fields.add("actor");
      names.add("actor");
    }
    if (transition.at() == null) {
      fields.add("at");
      names.add("time of the transition");
    }
    if (!fields.isEmpty()) {
      throw new TransitionRuleBroken(
          "transition-incomplete",
          "every transition records who acted and when; missing: " + String.join(", ", names),
          fields);
    }
  }

  /** The value at the moment of the act (Directive 2024/1260 Art 27). */
  private static void requireValue(AssetStatus target, AssetValue value) {
    List<String> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (value == null || value.amount() == null) {
      fields.add("value.amount");
      names.add("amount");
    }
    if (value == null || isBlank(value.currency())) {
      fields.add("value.currency");
      names.add("currency");
    }
    if (!fields.isEmpty()) {
      throw new TransitionRuleBroken(
          "value-missing",
          "the asset's value at the moment it becomes "
              + target
              + " is required (Directive 2024/1260 Art 27); missing: "
              + String.join(", ", names),
          fields);
    }
    if (value.amount().signum() < 0) {
      throw new TransitionRuleBroken(
          "value-invalid", "the asset's value must not be negative", List.of("value.amount"));
    }
    ValidationResult currency =
        Identifiers.validate(IdentifierType.CURRENCY_CODE, value.currency());
    if (!currency.valid()) {
      throw new TransitionRuleBroken("value-invalid", currency.reason(), List.of("value.currency"));
    }
  }

  /** Restitution to a victim needs every condition of Regulation 2018/1805 Art 29. */
  private static void requireRestitutionConditions(Transition transition) {
    List<String> fields = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    if (!transition.titleUncontested()) {
      fields.add("titleUncontested");
      unmet.add("the victim's title to the property is contested");
    }
    if (!transition.notNeededAsEvidence()) {
      fields.add("notNeededAsEvidence");
      unmet.add("the property is needed as evidence");
    }
    if (!transition.affectedPersonsRightsNotPrejudiced()) {
      fields.add("affectedPersonsRightsNotPrejudiced");
      unmet.add("the rights of affected persons would be prejudiced");
    }
    if (!fields.isEmpty()) {
      throw new TransitionRuleBroken(
          "restitution-conditions-unmet",
          "restitution to the victim needs all conditions of Regulation 2018/1805 Art 29; "
              + String.join("; ", unmet),
          fields);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
