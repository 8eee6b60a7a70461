package org.sequestra.registry.screening;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/** Screening against a yente stand-in (WireMock): the outside service we do not run. */
class ScreeningApiTest extends RegistryIntegrationTest {

  private static final String API_KEY = "test-key-8f2c";
  private static final WireMockServer YENTE =
      new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));

  static {
    YENTE.start();
    warmUp();
  }

  /**
   * One throw-away call before the tests: the very first request of a JVM through the JDK HTTP
   * client and into WireMock is slow enough on a busy machine to hit the screening timeout.
   */
  private static void warmUp() {
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      client.send(
          HttpRequest.newBuilder(URI.create(YENTE.baseUrl() + "/match/warm-up"))
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @DynamicPropertySource
  static void screening(DynamicPropertyRegistry registry) {
    registry.add("sequestra.screening.enabled", () -> "true");
    registry.add("sequestra.screening.url", YENTE::baseUrl);
    registry.add("sequestra.screening.api-key", () -> API_KEY);
    registry.add("sequestra.screening.dataset", () -> "sanctions");
    // generous: the first call of a fresh JVM on a busy machine is slow
    registry.add("sequestra.screening.timeout", () -> "10s");
  }

  @AfterAll
  static void stopYente() {
    YENTE.stop();
  }

  private static final String TWO_CANDIDATES =
      """
      {"responses":{"q1":{"status":200,"results":[
        {"id":"NK-weak","caption":"Jan de Vries","schema":"Person","properties":{},"datasets":["eu_fsf"],
         "referents":[],"target":true,"score":0.61,"features":{},"match":false},
        {"id":"NK-2Tbri3s6GgNtAwsSXh4qpL","caption":"Jan Pieter de Vries","schema":"Person","properties":{},
         "datasets":["us_ofac_sdn","gb_hmt_sanctions"],"referents":[],"target":true,"score":0.92,
         "features":{},"match":true}],
        "total":{"value":2,"relation":"eq"},"query":{}}},
       "matcher":{},"limit":5}
      """;

  private Fixtures given;
  private String caseId;
  private String subjectId;

  @BeforeEach
  void aSuspect() throws Exception {
    YENTE.resetAll();
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
    subjectId =
        Fixtures.id(
            given
                .postJson(
                    nlAnalyst(),
                    "/api/v1/cases/" + caseId + "/subjects",
                    "{\"kind\":\"NATURAL_PERSON\",\"role\":\"SUSPECT\",\"naturalPerson\":{"
                        + "\"givenNames\":\"Jan Pieter\",\"familyName\":\"de Vries\","
                        + "\"birthDate\":\"1971-03-02\",\"nationalities\":[\"NL\"]}}")
                .andExpect(status().isCreated()));
  }

  private void yenteAnswers(int status, String body) {
    YENTE.stubFor(
        post(urlEqualTo("/match/sanctions"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private String screenings() {
    return "/api/v1/cases/" + caseId + "/subjects/" + subjectId + "/screenings";
  }

  private ResultActions screen(String bearer) throws Exception {
    return given.postJson(bearer, screenings(), "");
  }

  @Test
  void aScreeningSendsTheDocumentedQueryWithTheApiKeyAndStoresTheCandidatesBestFirst()
      throws Exception {
    yenteAnswers(200, TWO_CANDIDATES);

    screen(nlAnalyst())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.dataset").value("sanctions"))
        .andExpect(jsonPath("$.attempts").value(1))
        .andExpect(jsonPath("$.candidates.length()").value(2))
        .andExpect(jsonPath("$.candidates[0].entityId").value("NK-2Tbri3s6GgNtAwsSXh4qpL"))
        .andExpect(jsonPath("$.candidates[0].score").value("0.92"))
        .andExpect(jsonPath("$.candidates[0].match").value(true))
        .andExpect(jsonPath("$.candidates[0].datasets[1]").value("gb_hmt_sanctions"))
        .andExpect(jsonPath("$.candidates[1].score").value("0.61"));

    YENTE.verify(
        postRequestedFor(urlEqualTo("/match/sanctions"))
            .withHeader("Authorization", equalTo("ApiKey " + API_KEY))
            .withRequestBody(
                equalToJson(
                    "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{"
                        + "\"name\":[\"Jan Pieter de Vries\"],\"birthDate\":[\"1971-03-02\"],"
                        + "\"nationality\":[\"nl\"]}}}}")));
    given
        .get(nlSupervisor(), screenings())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].candidates.length()").value(2));
  }

  @Test
  void theAnalystConfirmsOrDismissesACandidateWithAReason() throws Exception {
    yenteAnswers(200, TWO_CANDIDATES);
    String screening = screen(nlAnalyst()).andReturn().getResponse().getContentAsString();
    String screeningId = JsonPath.read(screening, "$.id");
    String candidateId = JsonPath.read(screening, "$.candidates[1].id");
    String decision = screenings() + "/" + screeningId + "/candidates/" + candidateId + "/decision";

    decide(
            nlAnalyst(),
            decision,
            "{\"decision\":\"DISMISSED\",\"reason\":\"Other birth date and nationality.\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("DISMISSED"))
        .andExpect(jsonPath("$.decisionReason").value("Other birth date and nationality."))
        .andExpect(jsonPath("$.decidedBy").exists())
        .andExpect(jsonPath("$.decidedAt").exists());
    decide(nlAnalyst(), decision, "{\"decision\":\"MAYBE\",\"reason\":\"x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM));
    decide(nlAnalyst(), decision, "{\"decision\":\"CONFIRMED\",\"reason\":\"  \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("reason"));
    decide(esAnalyst(), decision, "{\"decision\":\"CONFIRMED\",\"reason\":\"same person\"}")
        .andExpect(status().isNotFound());
    decide(
            nlAnalyst(),
            screenings()
                + "/"
                + screeningId
                + "/candidates/"
                + java.util.UUID.randomUUID()
                + "/decision",
            "{\"decision\":\"CONFIRMED\",\"reason\":\"same person\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void aServerErrorIsStoredAsFailedAndARetrySucceedsOnceTheServiceIsBack() throws Exception {
    yenteAnswers(503, "{\"detail\":\"index rebuilding\"}");
    String failed =
        screen(nlAnalyst())
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("FAILED"))
            .andExpect(jsonPath("$.failureReason").value("the screening service answered HTTP 503"))
            .andExpect(jsonPath("$.candidates.length()").value(0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String retry = screenings() + "/" + JsonPath.read(failed, "$.id") + "/retry";

    yenteAnswers(200, TWO_CANDIDATES);
    given
        .postJson(nlAnalyst(), retry, "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.attempts").value(2))
        .andExpect(jsonPath("$.failureReason").doesNotExist())
        .andExpect(jsonPath("$.candidates.length()").value(2));
    given
        .postJson(nlAnalyst(), retry, "")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:screening-completed"));
  }

  @Test
  void noAnswerWithinTheTimeoutIsStoredAsFailed() throws Exception {
    YENTE.stubFor(
        post(urlEqualTo("/match/sanctions"))
            .willReturn(
                aResponse().withStatus(200).withFixedDelay(14000).withBody(TWO_CANDIDATES)));
    screen(nlAnalyst())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("FAILED"))
        .andExpect(
            jsonPath("$.failureReason")
                .value("no answer from the screening service within 10000 ms"));
    // the registry keeps working meanwhile
    given
        .get(nlAnalyst(), "/api/v1/cases/" + caseId + "/subjects/" + subjectId)
        .andExpect(status().isOk());
  }

  @Test
  void anAnswerThatIsNotTheDocumentedJsonIsStoredAsFailed() throws Exception {
    yenteAnswers(200, "<html>proxy login</html>");
    screen(nlAnalyst())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("FAILED"))
        .andExpect(jsonPath("$.failureReason").value(containsString("could not be read")));
    yenteAnswers(200, "{\"responses\":{}}");
    screen(nlAnalyst())
        .andExpect(jsonPath("$.status").value("FAILED"))
        .andExpect(jsonPath("$.failureReason").value(containsString("no responses.q1.results")));
    given.get(nlAnalyst(), screenings()).andExpect(jsonPath("$.items.length()").value(2));
  }

  @Test
  void anotherAgencyCannotScreenOrSeeTheScreeningsOfASubjectItCannotSee() throws Exception {
    yenteAnswers(200, TWO_CANDIDATES);
    screen(esAnalyst()).andExpect(status().isNotFound()).andExpect(content().contentType(PROBLEM));
    given.get(esAnalyst(), screenings()).andExpect(status().isNotFound());
    given
        .postJson(
            nlAnalyst(),
            "/api/v1/cases/" + caseId + "/subjects/" + java.util.UUID.randomUUID() + "/screenings",
            "")
        .andExpect(status().isNotFound());
    YENTE.verify(0, postRequestedFor(urlEqualTo("/match/sanctions")));
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aFailureNamesNeitherTheApiKeyNorTheSubjectInItsReasonOrInTheLog(CapturedOutput output)
      throws Exception {
    YENTE.stubFor(
        post(urlEqualTo("/match/sanctions"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    String failed =
        screen(nlAnalyst())
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("FAILED"))
            .andExpect(
                jsonPath("$.failureReason")
                    .value(containsString("the screening service could not be reached")))
            .andExpect(jsonPath("$.failureReason").value(not(containsString(API_KEY))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(output.getOut())
        .contains(
            "Screening "
                + JsonPath.read(failed, "$.id")
                + " of subject "
                + subjectId
                + " in case "
                + caseId
                + " failed")
        .doesNotContain(API_KEY)
        .doesNotContain("de Vries")
        .doesNotContain("1971-03-02");
  }

  private ResultActions decide(String bearer, String path, String json) throws Exception {
    return mvc.perform(
        put(path)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }
}
