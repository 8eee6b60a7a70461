package org.sequestra.registry.screening;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client of yente's query-by-example matcher: {@code POST {url}/match/{dataset}} with {@code
 * {"queries":{"q1":{"schema":...,"properties":{...}}}}}, read from {@code responses.q1.results}.
 * Every way the call can go wrong (no answer in time, an error status, an answer that is not the
 * documented JSON) is a {@link Failure} with a reason an analyst can act on; the API key never
 * appears in one.
 */
class YenteClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String QUERY = "q1";

  private final ScreeningProperties properties;
  private final RestClient rest;

  YenteClient(ScreeningProperties properties) {
    this.properties = properties;
    // HTTP/1.1: the JDK client's h2c upgrade attempt is pointless here (and trips some servers).
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.timeout())
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.timeout());
    RestClient.Builder builder = RestClient.builder().requestFactory(requests);
    if (properties.url() != null) {
      builder.baseUrl(properties.url());
    }
    if (properties.apiKey() != null) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + properties.apiKey());
    }
    this.rest = builder.build();
  }

  /** The documented request: one query by example, named {@link #QUERY}. */
  record MatchRequest(Map<String, Example> queries) {}

  /** An example entity: its FtM schema and the values of its properties. */
  record Example(String schema, Map<String, List<String>> properties) {}

  /** One candidate the matcher returned. */
  record Candidate(
      String entityId,
      String schema,
      String caption,
      BigDecimal score,
      boolean match,
      List<String> datasets) {}

  /** The call did not give a usable answer. */
  static final class Failure extends Exception {
    Failure(String reason) {
      super(reason);
    }
  }

  /** The matcher's candidates for one example entity (FtM schema and properties), best first. */
  List<Candidate> match(String schema, Map<String, List<String>> example) throws Failure {
    MatchRequest body =
        new MatchRequest(Map.of(QUERY, new Example(schema, new LinkedHashMap<>(example))));
    Answer answer;
    try {
      answer =
          rest.post()
              .uri("/match/{dataset}", properties.dataset())
              .contentType(MediaType.APPLICATION_JSON)
              .accept(MediaType.APPLICATION_JSON)
              .body(body)
              .exchange(
                  (request, response) ->
                      new Answer(
                          response.getStatusCode().value(),
                          StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
    } catch (RestClientException e) {
      throw unreachable(e);
    }
    if (answer.status() != 200) {
      throw new Failure("the screening service answered HTTP " + answer.status());
    }
    return candidates(answer.body());
  }

  private record Answer(int status, String body) {}

  /** Why the call gave no answer, named by the cause's type: never a URL, header or key. */
  private Failure unreachable(RestClientException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException) {
        return new Failure(
            "no answer from the screening service within "
                + properties.timeout().toMillis()
                + " ms");
      }
    }
    if (Thread.currentThread().isInterrupted()) {
      return new Failure("the screening was interrupted");
    }
    Throwable cause = e.getCause() instanceof IOException io ? io : e;
    return new Failure(
        "the screening service could not be reached (" + cause.getClass().getSimpleName() + ")");
  }

  private static List<Candidate> candidates(String body) throws Failure {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new Failure("the screening service's answer could not be read: not JSON");
    }
    JsonNode results = root == null ? null : root.path("responses").path(QUERY).get("results");
    if (results == null || !results.isArray()) {
      throw new Failure(
          "the screening service's answer could not be read: no responses." + QUERY + ".results");
    }
    List<Candidate> candidates = new ArrayList<>();
    for (JsonNode result : results.values()) {
      JsonNode score = result.get("score");
      if (!result.path("id").isString() || score == null || !score.isNumber()) {
        throw new Failure(
            "the screening service's answer could not be read: a result without id or score");
      }
      List<String> datasets = new ArrayList<>();
      result.path("datasets").values().forEach(d -> datasets.add(d.asString()));
      candidates.add(
          new Candidate(
              result.get("id").stringValue(),
              result.path("schema").asString("Thing"),
              result.path("caption").isString() ? result.get("caption").stringValue() : null,
              score.decimalValue().setScale(6, RoundingMode.HALF_UP),
              result.path("match").asBoolean(false),
              datasets));
    }
    candidates.sort((a, b) -> b.score().compareTo(a.score()));
    return candidates;
  }
}
