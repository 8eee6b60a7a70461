package org.sequestra.freezing.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.event.RequestEvent;
import org.sequestra.freezing.event.RequestEvents;
import org.sequestra.freezing.lifecycle.Act;
import org.sequestra.freezing.lifecycle.Act.AssetOutcome;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.sequestra.freezing.registry.RegistryEffect;
import org.sequestra.freezing.registry.RegistryEffect.AssetEffect;
import org.sequestra.freezing.registry.RegistryEffect.Kind;
import org.sequestra.freezing.registry.RegistryEffect.LegalBasis;
import org.sequestra.freezing.registry.RegistryOutbox;
import org.sequestra.freezing.request.FreezingRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a step causes outside the request, written in the step's transaction: the event every
 * subscriber hears (no personal data of affected persons), and the changes the registry must make.
 */
@Component
class TransitionEffects {

  private final RequestEvents events;
  private final RegistryOutbox registry;

  TransitionEffects(RequestEvents events, RegistryOutbox registry) {
    this.events = events;
    this.registry = registry;
  }

  /** The step as it happened. {@code previousExecutingAgency} differs after a forwarding. */
  record Step(
      FreezingRequest request,
      Act act,
      String actorAgency,
      Instant occurredAt,
      String previousExecutingAgency,
      Certificate certificate,
      List<AssetResult> executionResults,
      TransitionDetails details) {}

  @Transactional(propagation = Propagation.MANDATORY)
  void apply(Step step) {
    FreezingRequest request = step.request();
    events.append(
        RequestEvent.of(
            request.getId(),
            "request." + request.getStatus().name().toLowerCase(java.util.Locale.ROOT),
            step.occurredAt(),
            request.getIssuingAgency(),
            request.getTransmittedAt() == null ? null : request.getExecutingAgency(),
            eventData(step)));
    registryEffects(step).forEach(registry::add);
  }

  private static Map<String, Object> eventData(Step step) {
    FreezingRequest request = step.request();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("requestId", request.getId().toString());
    data.put("status", request.getStatus().name());
    data.put("action", step.act().action().name());
    data.put("kind", request.getKind().name());
    data.put("instrument", request.getInstrument().name());
    data.put("urgent", request.isUrgent());
    data.put("issuingAgency", request.getIssuingAgency());
    data.put("executingAgency", request.getExecutingAgency());
    data.put("actorAgency", step.actorAgency());
    data.put("caseId", request.getCaseId().toString());
    putIfPresent(data, "reason", step.act().reason());
    TransitionDetails details = step.details();
    putIfPresent(data, "refusalGround", details.refusalGround());
    putIfPresent(data, "postponementGround", details.postponementGround());
    putIfPresent(data, "expectedDurationDays", details.expectedDurationDays());
    putIfPresent(data, "forwardedTo", details.forwardedTo());
    putIfPresent(data, "supersededBy", details.supersededBy());
    putIfPresent(data, "recognitionDueBy", request.getRecognitionDueBy());
    putIfPresent(data, "executionDueBy", request.getExecutionDueBy());
    if (!details.assetResults().isEmpty()) {
      data.put(
          "assetResults", details.assetResults().stream().map(TransitionEffects::result).toList());
    }
    if (details.disposalShare() != null) {
      Map<String, Object> share = new LinkedHashMap<>();
      share.put("rule", details.disposalShare().rule().name());
      share.put("amountObtainedEur", details.disposalShare().amountObtained().toPlainString());
      putIfPresent(
          share, "executingStateShareEur", plain(details.disposalShare().executingStateShare()));
      putIfPresent(
          share, "issuingStateShareEur", plain(details.disposalShare().issuingStateShare()));
      data.put("disposalShare", share);
    }
    return data;
  }

  private static Map<String, Object> result(AssetResult result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("assetId", result.assetId().toString());
    map.put("outcome", result.outcome().name());
    if (result.value() != null) {
      map.put(
          "value",
          Map.of(
              "amount", result.value().amount().toPlainString(),
              "currency", result.value().currency()));
    }
    putIfPresent(map, "impossibility", result.impossibility());
    return map;
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      // plain JSON values only: enums, ids, times and amounts as text
      map.put(key, value instanceof Number || value instanceof Boolean ? value : value.toString());
    }
  }

  /** The registry follows the request (DESIGN.md §3 asset lifecycle). */
  private static List<RegistryEffect> registryEffects(Step step) {
    FreezingRequest request = step.request();
    List<RegistryEffect> effects = new ArrayList<>();
    List<UUID> assets = step.certificate().assetIds();
    RequestStatus status = request.getStatus();
    switch (status) {
      case TRANSMITTED -> {
        effects.add(effect(step, Kind.GRANT_ACCESS, List.of(), request.getExecutingAgency()));
        if (!frozenUnderEarlierOrder(step)) {
          effects.add(
              effect(step, Kind.FREEZE_REQUESTED, plain(assets), request.getExecutingAgency()));
        }
      }
      case FORWARDED -> {
        effects.add(effect(step, Kind.WITHDRAW_ACCESS, List.of(), step.previousExecutingAgency()));
        effects.add(effect(step, Kind.GRANT_ACCESS, List.of(), request.getExecutingAgency()));
      }
      case EXECUTED -> {
        Kind done = request.getKind() == RequestKind.FREEZING ? Kind.FROZEN : Kind.CONFISCATED;
        List<AssetEffect> achieved = new ArrayList<>();
        List<AssetEffect> impossible = new ArrayList<>();
        for (AssetResult result : step.details().assetResults()) {
          if (result.outcome() == AssetOutcome.IMPOSSIBLE) {
            impossible.add(new AssetEffect(result.assetId(), null, null));
          } else {
            achieved.add(
                new AssetEffect(
                    result.assetId(), result.value().amount(), result.value().currency()));
          }
        }
        if (!achieved.isEmpty()) {
          effects.add(effect(step, done, achieved, request.getExecutingAgency()));
        }
        if (!impossible.isEmpty()) {
          effects.add(
              effect(
                  step,
                  Kind.FREEZE_IMPOSSIBLE,
                  impossible,
                  request.getExecutingAgency(),
                  impossibilityReasons(step.details())));
        }
      }
      case REFUSED, TERMINATED -> {
        if (request.getTransmittedAt() != null) {
          effects.add(effect(step, Kind.RELEASED, plain(assets), request.getExecutingAgency()));
          effects.add(effect(step, Kind.WITHDRAW_ACCESS, List.of(), request.getExecutingAgency()));
        }
      }
      case DISPOSED, RESTITUTED -> {
        Kind kind = status == RequestStatus.DISPOSED ? Kind.DISPOSED : Kind.RESTITUTED;
        effects.add(effect(step, kind, plain(confiscated(step)), request.getExecutingAgency()));
        effects.add(effect(step, Kind.WITHDRAW_ACCESS, List.of(), request.getExecutingAgency()));
      }
      default -> {
        // issue, receipt, consultation, recognition, postponement, withdrawal, supersession:
        // the registry's data does not change
      }
    }
    return effects;
  }

  private static boolean frozenUnderEarlierOrder(Step step) {
    var confiscation = step.certificate().confiscationCertificate();
    return confiscation != null
        && confiscation.sectionE() != null
        && Boolean.TRUE.equals(confiscation.sectionE().frozenUnderEarlierOrder());
  }

  private static List<UUID> confiscated(Step step) {
    return step.executionResults().stream()
        .filter(result -> result.outcome() == AssetOutcome.CONFISCATED)
        .map(AssetResult::assetId)
        .toList();
  }

  private static String plain(java.math.BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static List<AssetEffect> plain(List<UUID> assets) {
    return assets.stream().map(asset -> new AssetEffect(asset, null, null)).toList();
  }

  private static String impossibilityReasons(TransitionDetails details) {
    return details.assetResults().stream()
        .filter(result -> result.outcome() == AssetOutcome.IMPOSSIBLE)
        .map(result -> result.assetId() + ": " + result.impossibility())
        .reduce((a, b) -> a + "; " + b)
        .orElse(null);
  }

  private static RegistryEffect effect(
      Step step, Kind kind, List<AssetEffect> assets, String executingAgency) {
    return effect(step, kind, assets, executingAgency, step.act().reason());
  }

  private static RegistryEffect effect(
      Step step, Kind kind, List<AssetEffect> assets, String executingAgency, String reason) {
    FreezingRequest request = step.request();
    return new RegistryEffect(
        UUID.randomUUID(),
        request.getId(),
        kind,
        request.getCaseId(),
        request.getIssuingAgency(),
        executingAgency,
        assets,
        basis(step),
        reason);
  }

  /** The executing side's decision where it gave one; otherwise the issuing order. */
  private static LegalBasis basis(Step step) {
    Act.Decision decision = step.act().decision();
    if (decision != null) {
      return new LegalBasis(decision.orderReference(), decision.authority(), decision.orderDate());
    }
    FreezingRequest request = step.request();
    Instant issued = request.getIssuedAt() == null ? step.occurredAt() : request.getIssuedAt();
    return new LegalBasis(
        request.getIssuingReference(),
        step.certificate().issuingAuthorityName(),
        LocalDate.ofInstant(issued, ZoneOffset.UTC));
  }
}
