package org.sequestra.registry.screening;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
  private final HttpClient http;

  YenteClient(ScreeningProperties properties) {
    this.properties = properties;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.timeout())
            .build();
  }

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
    ObjectNode body = JSON.createObjectNode();
    ObjectNode query = body.putObject("queries").putObject(QUERY);
    query.put("schema", schema);
    ObjectNode props = query.putObject("properties");
    example.forEach((name, values) -> values.forEach(props.putArray(name)::add));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    properties.url()
                        + "/match/"
                        + URLEncoder.encode(properties.dataset(), StandardCharsets.UTF_8)))
            .timeout(properties.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (properties.apiKey() != null) {
      request.header("Authorization", "ApiKey " + properties.apiKey());
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new Failure(
          "no answer from the screening service within " + properties.timeout().toMillis() + " ms");
    } catch (IOException e) {
      throw new Failure(
          "the screening service could not be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("the screening was interrupted");
    }
    if (response.statusCode() != 200) {
      throw new Failure("the screening service answered HTTP " + response.statusCode());
    }
    return candidates(response.body());
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
