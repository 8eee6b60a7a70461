package org.sequestra.trace.tracing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Proposing a trace's end point to the asset registry, with WireMock standing in for the registry
 * (a system this service calls but does not run in its tests).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TraceProposalApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  private static final UUID CASE = UUID.fromString("6f1d2c3b-4a59-4e8f-9a0b-1c2d3e4f5a6b");
  private static final String ASSETS = "/api/v1/cases/" + CASE + "/assets";

  private static final WireMockServer REGISTRY =
      new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));

  static {
    REGISTRY.start();
  }

  @Autowired MockMvc mvc;

  String dataset;
  String trace;
  Map<String, Long> accounts;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
    registry.add("sequestra.registry.url", REGISTRY::baseUrl);
    registry.add("sequestra.registry.read-timeout", () -> "2s");
  }

  /**
   * The first request to a fresh WireMock is slow (class loading); not what the timeout test is
   * about.
   */
  @BeforeAll
  static void warmUp() throws Exception {
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      client.send(
          HttpRequest.newBuilder(URI.create(REGISTRY.baseUrl() + "/warm-up")).build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }

  @AfterAll
  static void stopRegistry() {
    REGISTRY.stop();
  }

  @BeforeEach
  void fifoTraceOfTheReferenceExample() throws Exception {
    REGISTRY.resetAll();
    Datasets datasets = new Datasets(mvc, ANALYST);
    dataset = datasets.create();
    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);
    accounts = datasets.accountIds(dataset);
    String body =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/datasets/" + dataset + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":["
                            + datasets.transactionIds(dataset).get("T2")
                            + "]}}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    trace = JsonPath.read(body, "$.id");
  }

  @Test
  void theRegistryRegistersTheAccountOnceOnBehalfOfTheCaller() throws Exception {
    UUID asset = UUID.randomUUID();
    REGISTRY.stubFor(
        post(urlEqualTo(ASSETS))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\""
                            + asset
                            + "\",\"caseId\":\""
                            + CASE
                            + "\",\"status\":\"IDENTIFIED\"}")));
    long b = accounts.get(Datasets.B);

    propose(b)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.registryAssetId").value(asset.toString()))
        .andExpect(jsonPath("$.caseId").value(CASE.toString()))
        .andExpect(jsonPath("$.traceId").value(trace))
        .andExpect(jsonPath("$.estimatedValue.amount").value("20.00"))
        .andExpect(jsonPath("$.estimatedValue.currency").value("EUR"));

    REGISTRY.verify(
        1,
        postRequestedFor(urlEqualTo(ASSETS))
            .withHeader("Authorization", equalTo(ANALYST))
            .withHeader("Idempotency-Key", equalTo("trace-" + trace + "-account-" + b))
            .withRequestBody(
                equalToJson(
                    """
                    {"type":"BANK_ACCOUNT","locationCountry":"FR",
                     "identifiers":{"iban":"FR1420041010050500013M02606"},
                     "valuation":{"estimatedValue":{"amount":"20.00","currency":"EUR"},
                                  "valuationDate":"${json-unit.any-string}","source":"Sequestra trace %s"},
                     "description":"${json-unit.any-string}"}
                    """
                        .formatted(trace))));
    assertThat(
            JsonPath.<String>read(
                REGISTRY.getAllServeEvents().getFirst().getRequest().getBodyAsString(),
                "$.description"))
        .isEqualTo(
            "Bank account FR1420041010050500013M02606 held by Account B: 20 EUR traced to it (HELD) by"
                + " FORWARD FIFO trace "
                + trace
                + " of financial-trace dataset "
                + dataset
                + ".");

    // A retry finds the stored link and does not ask the registry again.
    propose(b)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registryAssetId").value(asset.toString()));
    REGISTRY.verify(1, postRequestedFor(urlEqualTo(ASSETS)));

    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/traces/" + trace)
                .header("Authorization", ANALYST))
        .andExpect(
            jsonPath("$.result.endPoints[?(@.node.accountId == " + b + ")].node.registryAssetId")
                .value(Matchers.contains(asset.toString())));
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions?size=50")
                .header("Authorization", ANALYST))
        .andExpect(
            jsonPath("$.items[?(@.account.id == " + b + ")].account.registryAssetId")
                .value(Matchers.contains(asset.toString())));
  }

  @Test
  void aWalletIsProposedWithItsAddressAndChain() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    dataset = datasets.create();
    try (var in = getClass().getResourceAsStream("/samples/crypto_transfers_handwritten.csv")) {
      datasets.importFile(dataset, "CRYPTO_CSV", in.readAllBytes());
    }
    long btc =
        datasets
            .transactionIds(dataset)
            .get("f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16");
    trace =
        JsonPath.read(
            mvc.perform(
                    MockMvcRequestBuilders.post("/api/v1/datasets/" + dataset + "/traces")
                        .header("Authorization", ANALYST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":["
                                + btc
                                + "]}}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    REGISTRY.stubFor(
        post(urlEqualTo(ASSETS))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"" + UUID.randomUUID() + "\"}")));

    propose(datasets.accountIds(dataset).get("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.estimatedValue.amount").value("0.50000000"))
        .andExpect(jsonPath("$.estimatedValue.currency").value("BTC"));
    // BTC is no ISO 4217 currency: the registry gets the amount in the description, not as a
    // valuation.
    REGISTRY.verify(
        1,
        postRequestedFor(urlEqualTo(ASSETS))
            .withRequestBody(
                equalToJson(
                    """
                    {"type":"CRYPTO_WALLET",
                     "identifiers":{"walletAddress":"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2","chain":"BITCOIN"},
                     "description":"${json-unit.any-string}"}
                    """)));
    assertThat(
            JsonPath.<String>read(
                REGISTRY.getAllServeEvents().getFirst().getRequest().getBodyAsString(),
                "$.description"))
        .startsWith(
            "Crypto wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 (BITCOIN): 0.5 BTC traced to it (HELD)");
  }

  @Test
  void theRegistrysRefusalIsOursWithItsReason() throws Exception {
    REGISTRY.stubFor(
        post(urlEqualTo(ASSETS))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        """
                        {"type":"urn:sequestra:problem:validation","title":"Request validation failed","status":400,
                         "detail":"identifiers.iban IBAN check digits invalid",
                         "violations":[{"field":"identifiers.iban","reason":"IBAN check digits invalid"}]}
                        """)));
    propose(accounts.get(Datasets.B))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:registry-refused"))
        .andExpect(
            jsonPath("$.detail")
                .value(Matchers.containsString("identifiers.iban IBAN check digits invalid")));
    REGISTRY.verify(1, postRequestedFor(urlEqualTo(ASSETS)));
  }

  @Test
  void theRegistrysConflictIsA409() throws Exception {
    REGISTRY.stubFor(
        post(urlEqualTo(ASSETS))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"The case is closed.\"}")));
    propose(accounts.get(Datasets.B))
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value("The asset registry refused the asset: HTTP 409: The case is closed."));
    REGISTRY.verify(1, postRequestedFor(urlEqualTo(ASSETS)));
  }

  @Test
  void aFailingRegistryIsA502AndNotRetried() throws Exception {
    REGISTRY.stubFor(post(urlEqualTo(ASSETS)).willReturn(aResponse().withStatus(503)));
    propose(accounts.get(Datasets.B))
        .andExpect(status().isBadGateway())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:registry-failed"));
    REGISTRY.verify(1, postRequestedFor(urlEqualTo(ASSETS)));
  }

  @Test
  void aSlowRegistryIsA504AndNotRetried() throws Exception {
    REGISTRY.stubFor(
        post(urlEqualTo(ASSETS))
            .willReturn(aResponse().withStatus(201).withFixedDelay(5000).withBody("{}")));
    propose(accounts.get(Datasets.B))
        .andExpect(status().isGatewayTimeout())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:registry-timeout"));
    // WireMock journals the request once its delayed answer is out.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> REGISTRY.findAll(postRequestedFor(urlEqualTo(ASSETS))).size() == 1);
    REGISTRY.verify(1, postRequestedFor(urlEqualTo(ASSETS)));
  }

  @Test
  void anAccountThatIsNotAnEndPointIsNotProposed() throws Exception {
    propose(accounts.get(Datasets.CRIME)).andExpect(status().isNotFound());
    REGISTRY.verify(0, postRequestedFor(urlEqualTo(ASSETS)));
  }

  private ResultActions propose(long account) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(
                "/api/v1/datasets/"
                    + dataset
                    + "/traces/"
                    + trace
                    + "/end-points/"
                    + account
                    + "/proposal")
            .header("Authorization", ANALYST)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"caseId\":\"" + CASE + "\"}"));
  }
}
