package org.sequestra.trace.registry;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequestra.trace.registry.client.AssetsApi;
import org.sequestra.trace.registry.client.model.AssetDto;
import org.sequestra.trace.registry.client.model.NewAssetDto;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the asset registry through its generated client on behalf of the caller: the caller's
 * bearer token is relayed ({@link RegistryClientConfiguration}), so the registry applies the
 * caller's own rights. One attempt, never retried here: the caller decides, and the Idempotency-Key
 * makes its retry safe. Translates the registry's answers into our exceptions.
 */
@Component
public class RegistryClient {

  private final AssetsApi assets;
  private final JsonMapper json;

  RegistryClient(AssetsApi assets, JsonMapper json) {
    this.assets = assets;
    this.json = json;
  }

  /**
   * Registers an asset in a registry case and returns its id.
   *
   * @throws RegistryRefusedException the registry answered 4xx (its reason in the message)
   */
  public UUID registerAsset(UUID caseId, NewAssetDto asset, String idempotencyKey) {
    AssetDto registered;
    try {
      registered = assets.registerAsset(caseId, asset, idempotencyKey).getBody();
    } catch (RestClientResponseException e) {
      int status = e.getStatusCode().value();
      if (status >= 400 && status < 500) {
        throw new RegistryRefusedException(status, reason(status, e.getResponseBodyAsString()));
      }
      throw new RegistryFailedException(
          "The asset registry failed (HTTP "
              + status
              + "); nothing was registered by this"
              + " request. Try again later with the same request.",
          null);
    } catch (RestClientException e) {
      if (causedBy(e, HttpTimeoutException.class) || causedBy(e, SocketTimeoutException.class)) {
        throw new RegistryTimeoutException(
            "The asset registry did not answer in time. The asset may or may not have been"
                + " registered: repeat the request, it will not register it twice.",
            e);
      }
      if (causedBy(e, HttpMessageNotReadableException.class)
          || causedBy(e, JacksonException.class)) {
        throw new RegistryFailedException("The asset registry's answer could not be read.", e);
      }
      throw new RegistryFailedException(
          "The asset registry could not be reached: " + e.getMostSpecificCause().getMessage(), e);
    }
    if (registered == null || registered.getId() == null) {
      throw new RegistryFailedException("The asset registry's answer could not be read.", null);
    }
    return registered.getId();
  }

  /** The registry's problem: its detail and field violations, or its status alone. */
  private String reason(int status, String body) {
    try {
      JsonNode problem = json.readTree(body);
      List<String> parts = new ArrayList<>();
      String detail = problem.path("detail").asString(problem.path("title").asString(""));
      if (!detail.isBlank()) {
        parts.add(detail);
      }
      for (JsonNode violation : problem.path("violations")) {
        parts.add(
            violation.path("field").asString("") + " " + violation.path("reason").asString(""));
      }
      if (!parts.isEmpty()) {
        return "HTTP " + status + ": " + String.join("; ", parts);
      }
    } catch (JacksonException unreadable) {
      // fall through to the bare status
    }
    return "HTTP " + status;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
