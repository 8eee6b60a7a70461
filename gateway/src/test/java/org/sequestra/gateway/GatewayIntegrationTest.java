package org.sequestra.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.yaml.snakeyaml.Yaml;
import reactor.core.publisher.Flux;

/**
 * The gateway against WireMock standing in for the services and TestIssuers standing in for
 * Keycloak. asset-registry and financial-trace point at WireMock; freezing at a closed port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A loaded build machine can stall one exchange past WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
@ExtendWith(OutputCaptureExtension.class)
class GatewayIntegrationTest {

  private static final WireMockServer SERVICES = startWireMock();
  private static final int CLOSED_PORT = closedPort();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestIssuers.register(registry);
    registry.add("sequestra.services.asset-registry-url", SERVICES::baseUrl);
    registry.add("sequestra.services.financial-trace-url", SERVICES::baseUrl);
    registry.add("sequestra.services.freezing-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
    registry.add("sequestra.gateway.response-timeout-ms", () -> "1500");
    registry.add("sequestra.gateway.max-request-size", () -> "1KB");
    registry.add("sequestra.gateway.max-upload-size", () -> "4KB");
    registry.add("sequestra.gateway.upload-timeout-ms", () -> "10000");
    registry.add("sequestra.gateway.trace-timeout-ms", () -> "10000");
    registry.add("sequestra.gateway.circuit-breaker.sliding-window-size", () -> "4");
    registry.add("sequestra.gateway.circuit-breaker.minimum-number-of-calls", () -> "2");
    registry.add("sequestra.gateway.circuit-breaker.wait-duration", () -> "1s");
    registry.add("sequestra.gateway.circuit-breaker.permitted-calls-in-half-open", () -> "1");
    registry.add("sequestra.gateway.circuit-breaker.time-limit", () -> "3s");
    // NL keeps the generous default; ES and CO get a tiny bucket each.
    for (String agency : new String[] {"ES-ARO", "CO-ARO"}) {
      registry.add(
          "sequestra.gateway.rate-limit.agencies[" + agency + "].requests-per-second",
          () -> "0.05");
      registry.add("sequestra.gateway.rate-limit.agencies[" + agency + "].burst", () -> "2");
    }
  }

  @AfterAll
  static void stopWireMock() {
    SERVICES.stop();
  }

  @Autowired WebTestClient client;
  @Autowired ConfigurableApplicationContext context;
  @Autowired TimeLimiterRegistry timeLimiters;
  @Autowired CircuitBreakerRegistry circuitBreakers;

  @org.springframework.beans.factory.annotation.Value("${local.server.port}")
  int port;

  @org.springframework.beans.factory.annotation.Value("${local.management.port}")
  int managementPort;

  private static String nl() {
    return TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  }

  @Test
  void manyConcurrentCallsOnOneRouteAreAllProxied() throws Exception {
    // the upload route: its time limits (10 s here) leave room for a loaded machine
    circuitBreakers.circuitBreaker("financial-trace-imports").reset();
    SERVICES.stubFor(
        post(urlPathMatching("/api/v1/datasets/concurrent/imports"))
            .willReturn(aResponse().withStatus(202).withFixedDelay(50)));
    String bearer = nl();
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://127.0.0.1:" + port + "/api/v1/datasets/concurrent/imports?format=CSV"))
            .header(HttpHeaders.AUTHORIZATION, bearer)
            .header(HttpHeaders.CONTENT_TYPE, "text/csv")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("account\n"))
            .build();

    // more at once than the circuit-breaker starter's default bulkhead (25) would admit
    var answers =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(
                i -> http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.discarding()))
            .toList();

    assertThat(answers).extracting(answer -> answer.get().statusCode()).containsOnly(202);
  }

  @Test
  void validTokenIsProxiedToTheOwningServiceWithHeadersPassedThrough() {
    SERVICES.stubFor(
        get("/api/v1/cases/C-1")
            .willReturn(okJson("{\"id\":\"C-1\"}").withHeader("X-Request-Id", "req-42")));
    String bearer = nl();

    client
        .get()
        .uri("/api/v1/cases/C-1")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .header("X-Request-Id", "req-42")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valuesMatch("X-Request-Id", "req-42")
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer")
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
        .expectHeader()
        .exists("Strict-Transport-Security")
        .expectHeader()
        .exists("Content-Security-Policy")
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo("C-1");

    SERVICES.verify(
        getRequestedFor(urlEqualTo("/api/v1/cases/C-1"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer))
            .withHeader("X-Request-Id", equalTo("req-42")));
  }

  @Test
  void eachServiceGetsItsOwnPathsAndAnUnacceptableRequestIdIsReplaced() {
    SERVICES.stubFor(get("/api/v1/datasets/D-1").willReturn(okJson("{\"id\":\"D-1\"}")));
    SERVICES.stubFor(get("/api/v1/me").willReturn(okJson("{\"agency\":\"NL-ARO\"}")));

    client
        .get()
        .uri("/api/v1/datasets/D-1")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .header("X-Request-Id", "has spaces and is {evil}")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueMatches("X-Request-Id", "[0-9a-f-]{36}");
    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueMatches("X-Request-Id", "[0-9a-f-]{36}");

    SERVICES.verify(
        getRequestedFor(urlEqualTo("/api/v1/datasets/D-1"))
            .withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
    SERVICES.verify(
        getRequestedFor(urlEqualTo("/api/v1/me"))
            .withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
  }

  @Test
  void accessLogLineCarriesRequestIdAndAgency(CapturedOutput output) {
    SERVICES.stubFor(get("/api/v1/cases/C-LOG").willReturn(okJson("{}")));

    client
        .get()
        .uri("/api/v1/cases/C-LOG")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .header("X-Request-Id", "log-check-1")
        .exchange()
        .expectStatus()
        .isOk();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(
                        Arrays.stream(output.getOut().split("\n"))
                            .filter(line -> line.contains("GET /api/v1/cases/C-LOG 200"))
                            .findFirst())
                    .hasValueSatisfying(
                        line ->
                            assertThat(line)
                                .contains("\"requestId\":\"log-check-1\"")
                                .contains("\"agency\":\"NL-ARO\"")
                                .contains("\"durationMs\":")));
  }

  @Test
  void missingOrUntrustedTokensAre401Problems() {
    expectUnauthorized(null, "Bearer");
    expectUnauthorized("Bearer not-a-jwt", "Bearer error=\"invalid_token\"");
    // An issuer outside the trust registry.
    expectUnauthorized(
        TestIssuers.token("agency-xx").roles("ARO_ANALYST").bearer(),
        "Bearer error=\"invalid_token\"");
    // Right issuer, signed with another realm's key.
    expectUnauthorized(
        TestIssuers.token("agency-nl").signedByRealm("agency-es").bearer(),
        "Bearer error=\"invalid_token\"");
    // Not issued for the Sequestra API.
    expectUnauthorized(
        TestIssuers.token("agency-nl").audience("account").bearer(),
        "Bearer error=\"invalid_token\"");
    // Expired (beyond the clock skew).
    expectUnauthorized(
        TestIssuers.token("agency-nl").expiresAt(Instant.now().minusSeconds(300)).bearer(),
        "Bearer error=\"invalid_token\"");
    // Hub token that did not come through a trusted agency.
    expectUnauthorized(
        TestIssuers.token("sequestra").claim("identity_provider", "unknown-idp").bearer(),
        "Bearer error=\"invalid_token\"");
    SERVICES.verify(0, getRequestedFor(urlEqualTo("/api/v1/cases")));
  }

  private void expectUnauthorized(String authorization, String challengeStart) {
    WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/v1/cases");
    if (authorization != null) {
      request = request.header(HttpHeaders.AUTHORIZATION, authorization);
    }
    request
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueMatches(
            HttpHeaders.WWW_AUTHENTICATE,
            "^" + java.util.regex.Pattern.quote(challengeStart) + ".*")
        .expectHeader()
        .exists("X-Request-Id")
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:unauthorized")
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.requestId")
        .exists();
  }

  @Test
  void serviceDownIs503Problem(CapturedOutput output) {
    for (int i = 0; i < 4; i++) {
      client
          .get()
          .uri("/api/v1/freezing-requests")
          .header(HttpHeaders.AUTHORIZATION, nl())
          .header("X-Request-Id", "down-" + i)
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:sequestra:problem:service-unavailable");
    }
    // The gateway's own log line about the failure carries the request id (Reactor context -> MDC).
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .containsPattern("answered 503[^\\n]*\"requestId\":\"down-0\""));
  }

  @Test
  void slowServiceIs504ThenTheCircuitOpensAndRecovers() {
    try {
      slowServiceThenRecovery();
    } finally {
      circuitBreakers.circuitBreaker("financial-trace").reset();
    }
  }

  private void slowServiceThenRecovery() {
    assertThat(timeLimiters.getDefaultConfig().getTimeoutDuration())
        .isEqualTo(Duration.ofSeconds(3));
    SERVICES.stubFor(get("/api/v1/datasets").willReturn(okJson("[]").withFixedDelay(2500)));

    for (int i = 0; i < 2; i++) {
      client
          .get()
          .uri("/api/v1/datasets")
          .header(HttpHeaders.AUTHORIZATION, nl())
          .exchange()
          .expectStatus()
          .isEqualTo(504)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:sequestra:problem:gateway-timeout");
    }
    // Two failures out of two: the circuit is open and the service is not even called.
    client
        .get()
        .uri("/api/v1/datasets")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:service-unavailable");

    SERVICES.stubFor(get("/api/v1/datasets").willReturn(okJson("[\"back\"]")));
    await()
        .atMost(Duration.ofSeconds(6))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                client
                    .get()
                    .uri("/api/v1/datasets")
                    .header(HttpHeaders.AUTHORIZATION, nl())
                    .exchange()
                    .expectStatus()
                    .isOk());
    client
        .get()
        .uri("/api/v1/datasets")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0]")
        .isEqualTo("back");
  }

  @Test
  void rateLimitIsPerAgency() {
    SERVICES.stubFor(get("/api/v1/me").willReturn(okJson("{}")));
    String co = TestIssuers.token("agency-co").roles("ARO_ANALYST").bearer();
    // A hub login brokered through agency-co counts against CO's bucket too.
    String coViaHub =
        TestIssuers.token("sequestra")
            .roles("ARO_ANALYST")
            .claim("identity_provider", "agency-co")
            .bearer();
    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, co)
        .exchange()
        .expectStatus()
        .isOk();
    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, coViaHub)
        .exchange()
        .expectStatus()
        .isOk();

    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, co)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:too-many-requests");

    // Same tiny limit, separate bucket: ES is still served.
    String es = TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer();
    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, es)
        .exchange()
        .expectStatus()
        .isOk();
    client
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void theDefaultInMemoryRateLimitConfiguresNothingOfRedis() {
    assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class)).isEmpty();
    assertThat(context.getBeanDefinitionNames())
        .allSatisfy(
            name -> {
              Class<?> type = context.getBeanFactory().getType(name, false);
              String typeName = type == null ? "" : type.getName();
              assertThat(typeName)
                  .as(name)
                  .doesNotStartWith("org.springframework.data.redis")
                  .doesNotStartWith("org.springframework.boot.data.redis")
                  .doesNotStartWith("io.lettuce");
            });
  }

  @Test
  void oversizedBodiesAre413Problems() {
    SERVICES.stubFor(post("/api/v1/cases").willReturn(aResponse().withStatus(201)));
    byte[] big = new byte[2048];
    Arrays.fill(big, (byte) 'x');

    client
        .post()
        .uri("/api/v1/cases")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(big)
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:payload-too-large");

    // Streamed without Content-Length (chunked): cut off once it passes the limit.
    DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
    Flux<DataBuffer> chunks =
        Flux.range(0, 8).map(i -> buffers.wrap("y".repeat(512).getBytes(StandardCharsets.UTF_8)));
    client
        .post()
        .uri("/api/v1/cases")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_JSON)
        .body(BodyInserters.fromDataBuffers(chunks))
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:payload-too-large");

    // A small body goes through.
    client
        .post()
        .uri("/api/v1/cases")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"title\":\"small\"}")
        .exchange()
        .expectStatus()
        .isCreated();
    SERVICES.verify(1, postRequestedFor(urlEqualTo("/api/v1/cases")));
    // A client sending too much is not a failure of the service.
    assertThat(
            circuitBreakers.circuitBreaker("asset-registry").getMetrics().getNumberOfFailedCalls())
        .isZero();
  }

  @Test
  void statementUploadsHaveTheirOwnSizeAndTimeLimit() {
    SERVICES.stubFor(
        post("/api/v1/datasets/d-1/imports?format=CSV").willReturn(aResponse().withStatus(202)));
    DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

    // 3 KB (above the 1 KB limit of other paths), sent slowly over 4 s (longer than their 0.5 s
    // response timeout and 3 s time limit): it still goes through, streamed.
    Flux<DataBuffer> slowFile =
        Flux.interval(Duration.ofMillis(500))
            .take(8)
            .map(i -> buffers.wrap("x".repeat(384).getBytes(StandardCharsets.US_ASCII)));
    client
        .post()
        .uri("/api/v1/datasets/d-1/imports?format=CSV")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(BodyInserters.fromDataBuffers(slowFile))
        .exchange()
        .expectStatus()
        .isAccepted();
    SERVICES.verify(
        1,
        postRequestedFor(urlEqualTo("/api/v1/datasets/d-1/imports?format=CSV"))
            .withRequestBody(equalTo("x".repeat(3 * 1024))));

    // Above the upload limit: declared, or streamed without a length.
    client
        .post()
        .uri("/api/v1/datasets/d-1/imports?format=CSV")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .bodyValue(new byte[5 * 1024])
        .exchange()
        .expectStatus()
        .isEqualTo(413);
    Flux<DataBuffer> chunks = Flux.range(0, 8).map(i -> buffers.wrap(new byte[1024]));
    client
        .post()
        .uri("/api/v1/datasets/d-1/imports?format=CSV")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(BodyInserters.fromDataBuffers(chunks))
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:payload-too-large");
    SERVICES.verify(1, postRequestedFor(urlEqualTo("/api/v1/datasets/d-1/imports?format=CSV")));
  }

  @Test
  void aNewTraceMayTakeLongerThanOtherCalls() {
    // the first trace of a dataset loads its graph: 3.5 s here, above the 1.5 s response timeout
    // and the 3 s time limit of other calls, below the 10 s trace time limit of this test
    circuitBreakers.circuitBreaker("financial-trace-traces").reset();
    SERVICES.stubFor(
        post("/api/v1/datasets/d-slow/traces")
            .willReturn(aResponse().withStatus(201).withFixedDelay(3500)));
    SERVICES.stubFor(
        get("/api/v1/datasets/d-slow/traces")
            .willReturn(aResponse().withStatus(200).withFixedDelay(3500)));
    client
        .post()
        .uri("/api/v1/datasets/d-slow/traces")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isCreated();
    // reading traces is an ordinary call and keeps the ordinary limit
    client
        .get()
        .uri("/api/v1/datasets/d-slow/traces")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .exchange()
        .expectStatus()
        .isEqualTo(504);
    circuitBreakers.circuitBreaker("financial-trace").reset();
  }

  /**
   * Every public path of the registry's and the trace service's contracts reaches its service: a
   * path missing from the routes would answer the gateway's own 404. (The freezing service's route
   * points at a closed port in this test, and its breaker is left alone for the other tests.)
   */
  @Test
  void everyPublicPathOfTheContractsIsRouted() throws IOException {
    // The probes carry their own query parameter so that they are told apart from (and removed
    // from the request journal before) what the other tests verify.
    RequestPatternBuilder probes =
        getRequestedFor(urlPathMatching("/api/v1/.*")).withQueryParam("probe", equalTo("routing"));
    StubMapping routed =
        SERVICES.stubFor(
            get(urlPathMatching("/api/v1/.*"))
                .withQueryParam("probe", equalTo("routing"))
                .willReturn(okJson("{\"routed\":true}")));
    try {
      probeEveryPublicPath();
    } finally {
      SERVICES.removeStub(routed);
      SERVICES.removeServeEventsMatching(probes.build());
    }
  }

  private void probeEveryPublicPath() throws IOException {
    for (String contract : new String[] {"asset-registry.yaml", "financial-trace.yaml"}) {
      Map<String, Object> document;
      try (var in = new ClassPathResource("openapi/" + contract).getInputStream()) {
        document = new Yaml().load(in);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> paths = (Map<String, Object>) document.get("paths");
      assertThat(paths).as(contract).isNotEmpty();
      for (String path : paths.keySet()) {
        if (!path.startsWith("/api/")) {
          continue; // /internal/** is service to service and deliberately not routed
        }
        String concrete = path.replaceAll("\\{[^}]+}", "42") + "?probe=routing";
        client
            .get()
            .uri(concrete)
            .header(HttpHeaders.AUTHORIZATION, nl())
            .exchange()
            .expectStatus()
            .value(status -> assertThat(status).as(contract + " " + path).isEqualTo(200));
      }
    }
  }

  @Test
  void unknownPathsAre404Problems() {
    client
        .get()
        .uri("/api/v1/nothing-here")
        .header(HttpHeaders.AUTHORIZATION, nl())
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:not-found")
        .jsonPath("$.trace")
        .doesNotExist();
    client
        .get()
        .uri("/no-such-page")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:not-found");
  }

  @Test
  void apiDocsAreServedWithoutToken() {
    String page =
        client
            .get()
            .uri("/api-docs.html")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectHeader()
            .valueMatches("Content-Security-Policy", ".*script-src 'self'.*")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("{{");
    String bundle =
        page.replaceAll(
            "(?s).*src=\"(webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\".*", "/$1");
    client.get().uri(bundle).exchange().expectStatus().isOk();
    client.get().uri("/api-docs.js").exchange().expectStatus().isOk();

    for (String file : new String[] {"asset-registry", "financial-trace", "freezing", "common"}) {
      client
          .get()
          .uri("/api-docs/" + file + ".yaml")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(String.class)
          .value(body -> assertThat(body).contains("openapi:"));
    }
    client.get().uri("/api-docs/nope.yaml").exchange().expectStatus().isNotFound();
  }

  @Test
  void probesAndMetricsArePublicOnTheManagementPortOtherActuatorEndpointsAreNot() {
    WebTestClient management =
        WebTestClient.bindToServer()
            .baseUrl("http://127.0.0.1:" + managementPort)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    assertThat(managementPort).isNotEqualTo(port);
    management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    management
        .get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    management
        .get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("jvm_"));
    management.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void theApiPortServesNoActuatorEndpoint() {
    for (String path :
        new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"}) {
      client
          .get()
          .uri(path)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:sequestra:problem:not-found");
    }
  }

  private static WireMockServer startWireMock() {
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
    server.start();
    return server;
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
