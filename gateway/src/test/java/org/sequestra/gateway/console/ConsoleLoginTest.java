package org.sequestra.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's log-in through the gateway (backend-for-frontend) over real HTTP, with WireMock as
 * the hub realm (discovery, JWKS, token and userinfo endpoints) and as the services. The code flow
 * is driven as a browser would: authorization redirect, the hub's callback with code and state,
 * then calls with the session cookie only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A loaded build machine can stall one exchange past WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
class ConsoleLoginTest {

  private static final String SESSION = HubStub.SESSION;
  private static final String XSRF = HubStub.XSRF;
  private static final HubStub HUB = new HubStub();
  private static final WireMockServer SERVICES = wireMock();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    // Every realm of the trust registry lives at the stand-in Keycloak.
    registry.add("sequestra.keycloak-url", HUB::baseUrl);
    registry.add("sequestra.console.client-secret", () -> "console-test-secret");
    registry.add("sequestra.services.asset-registry-url", SERVICES::baseUrl);
    registry.add("sequestra.services.financial-trace-url", SERVICES::baseUrl);
    registry.add("sequestra.services.freezing-url", SERVICES::baseUrl);
    // CO-ARO gets a tiny bucket: session users count against their agency like API clients.
    registry.add("sequestra.gateway.rate-limit.agencies[CO-ARO].requests-per-second", () -> "0.05");
    registry.add("sequestra.gateway.rate-limit.agencies[CO-ARO].burst", () -> "2");
  }

  @AfterAll
  static void stop() {
    HUB.stop();
    SERVICES.stop();
  }

  @Autowired WebTestClient client;

  @Value("${local.server.port}")
  int port;

  @Test
  void withoutSessionWhoAmIIsA401ProblemNotARedirect() {
    client
        .get()
        .uri("/bff/session")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .doesNotExist(HttpHeaders.LOCATION)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:unauthorized")
        .jsonPath("$.status")
        .isEqualTo(401);
  }

  @Test
  void logInStartsAtTheHubsAuthorizeEndpointWithPkce() {
    URI location = HUB.startLogin(client).location();

    assertThat(location.toString()).startsWith(HUB.issuer() + "/protocol/openid-connect/auth?");
    MultiValueMap<String, String> query =
        UriComponentsBuilder.fromUri(location).build(true).getQueryParams();
    assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
    assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    assertThat(query.getFirst("client_id")).isEqualTo("console");
    assertThat(query.getFirst("response_type")).isEqualTo("code");
    assertThat(HubStub.decode(query.getFirst("redirect_uri")))
        .isEqualTo("http://localhost:" + port + "/login/oauth2/code/sequestra");
    assertThat(HubStub.decode(query.getFirst("scope"))).contains("openid");
  }

  @Test
  void aLoggedInSessionCallsTheServicesWithTheUsersAccessToken() {
    String accessToken = HUB.accessToken("nl-prosecutor", "agency-nl", Duration.ofMinutes(5));
    HubStub.Session session = HUB.logIn(client, accessToken, "rt-" + UUID.randomUUID());
    SERVICES.stubFor(get("/api/v1/cases/C-9").willReturn(okJson("{\"id\":\"C-9\"}")));

    HubStub.whoAmI(client, session)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
        .expectBody()
        .jsonPath("$.username")
        .isEqualTo("nl-prosecutor")
        .jsonPath("$.agency")
        .isEqualTo("NL-ARO")
        .jsonPath("$.roles")
        .isEqualTo(List.of("PROSECUTOR"))
        .jsonPath("$.displayName")
        .isEqualTo("Nora Prosecutor");
    client
        .get()
        .uri("/api/v1/cases/C-9")
        .cookie(SESSION, session.id())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo("C-9");

    SERVICES.verify(
        getRequestedFor(urlEqualTo("/api/v1/cases/C-9"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + accessToken))
            .withoutHeader(HttpHeaders.COOKIE));
  }

  @Test
  void stateChangingSessionCallsNeedTheCsrfTokenBearerCallsDoNot() {
    String accessToken = HUB.accessToken("es-analyst", "agency-es", Duration.ofMinutes(5));
    HubStub.Session session = HUB.logIn(client, accessToken, "rt-" + UUID.randomUUID());
    SERVICES.stubFor(post("/api/v1/cases").willReturn(aResponse().withStatus(201).withBody("{}")));
    String xsrf = HUB.csrfToken(client, session);

    client
        .post()
        .uri("/api/v1/cases")
        .cookie(SESSION, session.id())
        .cookie(XSRF, xsrf)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:csrf");
    SERVICES.verify(0, postRequestedFor(urlEqualTo("/api/v1/cases")));

    client
        .post()
        .uri("/api/v1/cases")
        .cookie(SESSION, session.id())
        .cookie(XSRF, xsrf)
        .header("X-XSRF-TOKEN", xsrf)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isCreated();
    SERVICES.verify(
        1,
        postRequestedFor(urlEqualTo("/api/v1/cases"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + accessToken)));

    // A bearer client is not a session: no CSRF token, even with a stray session cookie.
    String bearer = HUB.accessToken("nl-analyst", "agency-nl", Duration.ofMinutes(5));
    client
        .post()
        .uri("/api/v1/cases")
        .cookie(SESSION, session.id())
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isCreated();
    SERVICES.verify(
        postRequestedFor(urlEqualTo("/api/v1/cases"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + bearer)));
  }

  @Test
  void anExpiringAccessTokenIsRefreshedAndAFailedRefreshIsA401Problem() {
    String refreshed = HUB.accessToken("nl-analyst", "agency-nl", Duration.ofMinutes(5));
    String goodRefresh = "rt-" + UUID.randomUUID();
    HUB.server()
        .stubFor(
            post(urlPathEqualTo("/realms/sequestra/protocol/openid-connect/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + goodRefresh))
                .willReturn(okJson(HubStub.tokenResponse(refreshed, null, goodRefresh, 300))));
    SERVICES.stubFor(get("/api/v1/cases/C-10").willReturn(okJson("{\"id\":\"C-10\"}")));
    // Expires within the refresh margin: the first call already refreshes it.
    HubStub.Session session =
        HUB.logIn(
            client,
            HUB.accessToken("nl-analyst", "agency-nl", Duration.ofMinutes(5)),
            goodRefresh,
            5);

    client
        .get()
        .uri("/api/v1/cases/C-10")
        .cookie(SESSION, session.id())
        .exchange()
        .expectStatus()
        .isOk();
    SERVICES.verify(
        getRequestedFor(urlEqualTo("/api/v1/cases/C-10"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + refreshed)));

    String badRefresh = "rt-" + UUID.randomUUID();
    HUB.server()
        .stubFor(
            post(urlPathEqualTo("/realms/sequestra/protocol/openid-connect/token"))
                .withRequestBody(containing("refresh_token=" + badRefresh))
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}")));
    HubStub.Session ended =
        HUB.logIn(
            client,
            HUB.accessToken("nl-analyst", "agency-nl", Duration.ofMinutes(5)),
            badRefresh,
            5);

    client
        .get()
        .uri("/api/v1/cases/C-10")
        .cookie(SESSION, ended.id())
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:unauthorized");
    HubStub.whoAmI(client, ended).expectStatus().isUnauthorized();
  }

  @Test
  void sessionCallsCountAgainstTheAgencysRateLimit() {
    HubStub.Session session =
        HUB.logIn(
            client,
            HUB.accessToken("co-analyst", "agency-co", Duration.ofMinutes(5)),
            "rt-" + UUID.randomUUID());
    SERVICES.stubFor(get("/api/v1/cases/C-CO").willReturn(okJson("{\"id\":\"C-CO\"}")));

    for (int i = 0; i < 2; i++) {
      client
          .get()
          .uri("/api/v1/cases/C-CO")
          .cookie(SESSION, session.id())
          .exchange()
          .expectStatus()
          .isOk();
    }
    client
        .get()
        .uri("/api/v1/cases/C-CO")
        .cookie(SESSION, session.id())
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists(HttpHeaders.RETRY_AFTER)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:too-many-requests");
  }

  @Test
  void logOutEndsTheSessionAndAnswersTheHubsEndSessionUrl() {
    HubStub.Session session =
        HUB.logIn(
            client, HUB.accessToken("co-supervisor", "agency-co", Duration.ofMinutes(5)), "rt-x");
    String xsrf = HUB.csrfToken(client, session);

    EntityExchangeResult<Map<String, Object>> answer =
        client
            .post()
            .uri("/bff/logout")
            .cookie(SESSION, session.id())
            .cookie(XSRF, xsrf)
            .header("X-XSRF-TOKEN", xsrf)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType(MediaType.APPLICATION_JSON)
            .expectBody(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult();

    URI logoutUrl = URI.create((String) answer.getResponseBody().get("logoutUrl"));
    assertThat(logoutUrl.toString()).startsWith(HUB.issuer() + "/protocol/openid-connect/logout?");
    MultiValueMap<String, String> query =
        UriComponentsBuilder.fromUri(logoutUrl).build(true).getQueryParams();
    assertThat(query.getFirst("id_token_hint")).isEqualTo(session.idToken());
    assertThat(HubStub.decode(query.getFirst("post_logout_redirect_uri")))
        .isEqualTo("http://localhost:" + port + "/console/");
    HubStub.whoAmI(client, session).expectStatus().isUnauthorized();
  }

  @Test
  void theConsoleIsServedWithClientSideRoutingAndItsOwnContentSecurityPolicy() {
    client.get().uri("/").exchange().expectStatus().isFound().expectHeader().location("/console/");
    for (String path : List.of("/console/", "/console/cases/C-1/assets", "/console/index.html")) {
      client
          .get()
          .uri(path)
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.TEXT_HTML)
          .expectHeader()
          .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
          .expectHeader()
          .valueMatches("Content-Security-Policy", "^default-src 'self'; script-src 'self';.*")
          .expectBody(String.class)
          .value(body -> assertThat(body).as(path).contains("console-test-index"));
    }
    client
        .get()
        .uri("/console/assets/app-3f2a9c.js")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueMatches(HttpHeaders.CACHE_CONTROL, ".*immutable.*")
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("console-test-asset"));
    client.get().uri("/console/assets/missing.js").exchange().expectStatus().isNotFound();
  }

  private static WireMockServer wireMock() {
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
    server.start();
    return server;
  }
}
