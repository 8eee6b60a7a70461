package org.sequestra.freezing.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.registry.client.FreezingEffectsApi;
import org.sequestra.freezing.registry.client.model.FreezingEffectBatchDto;
import org.sequestra.freezing.registry.client.model.FreezingEffectBatchItemDto;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one effect to the registry and says what became of it. The registry applies an effect id
 * once, so sending again after a lost answer is safe.
 */
@Component
class RegistryDelivery {

  /** What the registry's answer means for the effect. */
  sealed interface Result {
    /** Applied now or before (2xx). */
    record Delivered() implements Result {}

    /** Refused for good (a 4xx that no retry changes: 400, 404, 409, 422...). */
    record Refused(String reason) implements Result {}

    /** Not applied for a passing reason (unreachable, 5xx, time-out, no token, 401/403/429). */
    record Failed(String reason) implements Result {

      /**
       * Whether the registry (or the token endpoint before it) could not be reached at all: a
       * failure of every effect alike, which the next success anywhere ends (see {@link
       * #AWAY_PREFIXES}), unlike an answer about this effect or a time-out while it was applied.
       */
      boolean registryAway() {
        return AWAY_PREFIXES.stream().anyMatch(reason::startsWith);
      }
    }
  }

  /** How the reasons of {@link Result.Failed#registryAway()} failures begin. */
  static final List<String> AWAY_PREFIXES =
      List.of("registry unreachable: ", "no token for the registry: ");

  /**
   * 4xx answers a retry may change: our token (401), our role while an operator fixes it (403), a
   * time-out or rate limit (408, 425, 429).
   */
  private static final Set<Integer> PASSING = Set.of(401, 403, 408, 425, 429);

  private static final int MAX_REASON = 1900;

  private final FreezingEffectsApi registry;
  private final JsonMapper json;

  RegistryDelivery(FreezingEffectsApi registry, JsonMapper json) {
    this.registry = registry;
    this.json = json;
  }

  /** An outbox effect with its id and the time its request's change was stored. */
  record Stored(UUID effectId, RegistryEffect effect, Instant committedAt) {}

  Result send(UUID effectId, RegistryEffect effect, Instant committedAt) {
    return answered(
        () ->
            registry.applyFreezingEffect(
                effectId, RegistryEffectMapper.toDto(effect, committedAt)));
  }

  /**
   * Several effects in one call, applied in order in one transaction at the registry, all or none:
   * Delivered means every one of them is applied.
   */
  Result sendAll(List<Stored> effects) {
    FreezingEffectBatchDto batch = new FreezingEffectBatchDto();
    for (Stored stored : effects) {
      batch.addEffectsItem(
          new FreezingEffectBatchItemDto()
              .effectId(stored.effectId())
              .effect(RegistryEffectMapper.toDto(stored.effect(), stored.committedAt())));
    }
    return answered(() -> registry.applyFreezingEffects(batch));
  }

  private Result answered(Runnable call) {
    try {
      call.run();
      return new Result.Delivered();
    } catch (RestClientResponseException answer) {
      int status = answer.getStatusCode().value();
      String reason = reason(status, answer.getResponseBodyAsString());
      return status >= 400 && status < 500 && !PASSING.contains(status)
          ? new Result.Refused(reason)
          : new Result.Failed(reason);
    } catch (OAuth2AuthorizationException noToken) {
      return new Result.Failed(shortened(AWAY_PREFIXES.get(1) + noToken.getError().getErrorCode()));
    } catch (RestClientException failed) {
      Throwable cause = failed.getMostSpecificCause();
      return new Result.Failed(
          shortened(
              (neverConnected(failed) ? AWAY_PREFIXES.get(0) : "registry did not answer: ")
                  + cause));
    }
  }

  /**
   * No connection was made (refused, no route, unknown host, connect time-out): nothing of the
   * effect reached the registry. A read time-out or a dropped connection may be this effect's own
   * doing and is not counted so.
   */
  private static boolean neverConnected(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.ConnectException
          || cause instanceof java.net.NoRouteToHostException
          || cause instanceof java.net.UnknownHostException
          || cause instanceof java.net.http.HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The status with the problem's type and detail (no personal data: ids and rules only). */
  private String reason(int status, String body) {
    StringBuilder reason = new StringBuilder("HTTP ").append(status);
    try {
      JsonNode problem = json.readTree(body);
      String type = problem.path("type").asString("");
      String detail = problem.path("detail").asString(problem.path("title").asString(""));
      if (!type.isBlank()) {
        reason.append(' ').append(type);
      }
      if (!detail.isBlank()) {
        reason.append(": ").append(detail);
      }
    } catch (JacksonException | IllegalArgumentException unreadable) {
      // the bare status then
    }
    return shortened(reason.toString());
  }

  private static String shortened(String text) {
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
  }
}
