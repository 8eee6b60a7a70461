package org.sequestra.trace.registry;

import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the asset registry on behalf of the caller: the caller's bearer token is relayed, so the
 * registry applies the caller's own rights. One attempt, never retried here: the caller decides,
 * and the Idempotency-Key makes its retry safe.
 */
@Component
@EnableConfigurationProperties(RegistryProperties.class)
public class RegistryClient {

  private final RestClient rest;
  private final JsonMapper json;

  RegistryClient(RegistryProperties properties, JsonMapper json) {
    // HTTP/1.1: the JDK client's h2c upgrade attempt is pointless between our services.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.readTimeout());
    this.rest =
        RestClient.builder().baseUrl(properties.url().toString()).requestFactory(requests).build();
    this.json = json;
  }

  /**
   * Registers an asset in a registry case and returns its id.
   *
   * @throws RegistryRefusedException the registry answered 4xx (its reason in the message)
   */
  public UUID registerAsset(
      UUID caseId, NewRegistryAsset asset, String authorization, String idempotencyKey) {
    try {
      return rest.post()
          .uri("/api/v1/cases/{caseId}/assets", caseId)
          .header(HttpHeaders.AUTHORIZATION, authorization)
          .header("Idempotency-Key", idempotencyKey)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .body(asset)
          .exchange(
              (request, response) -> {
                int status = response.getStatusCode().value();
                String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
                if (status >= 200 && status < 300) {
                  return UUID.fromString(read(body).path("id").asString());
                }
                if (status >= 400 && status < 500) {
                  throw new RegistryRefusedException(status, reason(status, body));
                }
                throw new RegistryFailedException(
                    "The asset registry failed (HTTP "
                        + status
                        + "); nothing was registered by this"
                        + " request. Try again later with the same request.",
                    null);
              });
    } catch (RestClientException e) {
      if (causedByTimeout(e)) {
        throw new RegistryTimeoutException(
            "The asset registry did not answer in time. The asset may or may not have been"
                + " registered: repeat the request, it will not register it twice.",
            e);
      }
      throw new RegistryFailedException(
          "The asset registry could not be reached: " + e.getMostSpecificCause().getMessage(), e);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new RegistryFailedException("The asset registry's answer could not be read.", e);
    }
  }

  /** The registry's problem: its detail and field violations, or its status alone. */
  private String reason(int status, String body) {
    try {
      JsonNode problem = read(body);
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

  private JsonNode read(String body) {
    return json.readTree(body);
  }

  private static boolean causedByTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
