package org.sequestra.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The hub realm (Keycloak) stood in for by WireMock: discovery, keys, user info and the code
 * exchange, with tokens signed as the hub signs them for a brokered log-in; and the browser's side
 * of the code flow against a gateway (authorization redirect, the hub's callback with code and
 * state, the session cookie). Every realm of the trust registry lives here too: point {@code
 * sequestra.keycloak-url} at {@link #baseUrl()}.
 */
final class HubStub {

  static final String SESSION = "SEQUESTRA_SESSION";
  static final String XSRF = "XSRF-TOKEN";

  private final WireMockServer hub =
      new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
  private final RSAKey key = rsaKey();

  HubStub() {
    hub.start();
    stubDiscovery();
  }

  WireMockServer server() {
    return hub;
  }

  String baseUrl() {
    return hub.baseUrl();
  }

  void stop() {
    hub.stop();
  }

  /** The log-in's start: the hub's authorize URL and the session cookie the state is kept in. */
  record Started(URI location, ResponseCookie session) {

    String sessionId() {
      return session.getValue();
    }
  }

  /** A logged-in browser: its session cookie and the ID token the hub gave. */
  record Session(String id, String idToken) {}

  /** The browser opens the log-in: a redirect to the hub and a fresh session cookie. */
  Started startLogin(WebTestClient client) {
    EntityExchangeResult<Void> result =
        client
            .get()
            .uri("/oauth2/authorization/sequestra")
            .exchange()
            .expectStatus()
            .isFound()
            .expectBody()
            .isEmpty();
    ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION);
    assertThat(cookie).as("session cookie").isNotNull();
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Lax");
    return new Started(result.getResponseHeaders().getLocation(), cookie);
  }

  Session logIn(WebTestClient client, String accessToken, String refreshToken) {
    return logIn(client, accessToken, refreshToken, 300);
  }

  /** Authorization redirect, the hub's answer (code + state) and the code exchange. */
  Session logIn(WebTestClient client, String accessToken, String refreshToken, int expiresIn) {
    return logIn(client, client, accessToken, refreshToken, expiresIn);
  }

  /** As above, the log-in started at one gateway and the hub's callback answered by another. */
  Session logIn(
      WebTestClient startAt,
      WebTestClient callbackAt,
      String accessToken,
      String refreshToken,
      int expiresIn) {
    Started started = startLogin(startAt);
    MultiValueMap<String, String> query =
        UriComponentsBuilder.fromUri(started.location()).build(true).getQueryParams();
    String state = decode(query.getFirst("state"));
    String nonce = decode(query.getFirst("nonce"));
    String code = "code-" + UUID.randomUUID();
    String idToken = idToken(nonce);
    hub.stubFor(
        post(urlPathEqualTo("/realms/sequestra/protocol/openid-connect/token"))
            .withRequestBody(containing("grant_type=authorization_code"))
            .withRequestBody(containing("code=" + code))
            .willReturn(okJson(tokenResponse(accessToken, idToken, refreshToken, expiresIn))));

    EntityExchangeResult<Void> callback =
        callbackAt
            .get()
            .uri("/login/oauth2/code/sequestra?code={code}&state={state}", code, state)
            .cookie(SESSION, started.sessionId())
            .exchange()
            .expectStatus()
            .isFound()
            .expectHeader()
            .location("/console/")
            .expectBody()
            .isEmpty();

    // PKCE: the code exchange carries the verifier, and the client authenticates as "console"
    hub.verify(
        postRequestedFor(urlPathEqualTo("/realms/sequestra/protocol/openid-connect/token"))
            .withRequestBody(containing("code=" + code))
            .withRequestBody(matching(".*code_verifier=[A-Za-z0-9_-]{43}.*"))
            .withHeader(HttpHeaders.AUTHORIZATION, matching("Basic .+")));
    ResponseCookie renewed = callback.getResponseCookies().getFirst(SESSION);
    return new Session(renewed != null ? renewed.getValue() : started.sessionId(), idToken);
  }

  /** Who is logged in, asked with the session's cookie only ({@code GET /bff/session}). */
  static WebTestClient.ResponseSpec whoAmI(WebTestClient client, Session session) {
    return client.get().uri("/bff/session").cookie(SESSION, session.id()).exchange();
  }

  /** The CSRF token the gateway hands the SPA (a cookie it can read). */
  String csrfToken(WebTestClient client, Session session) {
    ResponseCookie cookie =
        whoAmI(client, session)
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst(XSRF);
    assertThat(cookie).as("XSRF-TOKEN cookie").isNotNull();
    assertThat(cookie.isHttpOnly()).as("the SPA must read it").isFalse();
    return cookie.getValue();
  }

  String issuer() {
    return hub.baseUrl() + "/realms/sequestra";
  }

  private void stubDiscovery() {
    String issuer = issuer();
    String oidc = issuer + "/protocol/openid-connect";
    hub.stubFor(
        get("/realms/sequestra/.well-known/openid-configuration")
            .willReturn(
                okJson(
                    """
                    {"issuer": "%s",
                     "authorization_endpoint": "%s/auth",
                     "token_endpoint": "%s/token",
                     "userinfo_endpoint": "%s/userinfo",
                     "end_session_endpoint": "%s/logout",
                     "jwks_uri": "%s/certs",
                     "response_types_supported": ["code"],
                     "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"],
                     "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
                     "code_challenge_methods_supported": ["S256"]}
                    """
                        .formatted(issuer, oidc, oidc, oidc, oidc, oidc))));
    hub.stubFor(
        get("/realms/sequestra/protocol/openid-connect/certs")
            .willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    hub.stubFor(
        get("/realms/sequestra/protocol/openid-connect/userinfo")
            .willReturn(
                okJson(
                    "{\"sub\":\"user-1\",\"preferred_username\":\"hub-user\",\"name\":\"Nora Prosecutor\"}")));
  }

  static String tokenResponse(
      String accessToken, String idToken, String refreshToken, int expiresIn) {
    return "{\"access_token\":\""
        + accessToken
        + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn
        + ",\"refresh_token\":\""
        + refreshToken
        + "\",\"refresh_expires_in\":1800,\"scope\":\"openid profile email\""
        + (idToken != null ? ",\"id_token\":\"" + idToken + "\"" : "")
        + "}";
  }

  /** An access token as the hub issues it for a brokered log-in. */
  String accessToken(String username, String identityProvider, Duration lifetime) {
    Role role =
        username.endsWith("prosecutor")
            ? Role.PROSECUTOR
            : username.endsWith("supervisor") ? Role.ARO_SUPERVISOR : Role.ARO_ANALYST;
    return sign(
        claims(lifetime)
            .audience(List.of("sequestra-api", "account"))
            .claim("azp", "console")
            .claim("preferred_username", username)
            .claim("name", "Nora Prosecutor")
            .claim(
                "realm_access",
                Map.of("roles", List.of(role.name(), "offline_access", "default-roles-sequestra")))
            .claim("identity_provider", identityProvider)
            .build());
  }

  private enum Role {
    PROSECUTOR,
    ARO_SUPERVISOR,
    ARO_ANALYST
  }

  private String idToken(String nonce) {
    return sign(
        claims(Duration.ofMinutes(5))
            .audience("console")
            .claim("azp", "console")
            .claim("nonce", nonce)
            .claim("preferred_username", "hub-user")
            .claim("name", "Nora Prosecutor")
            .build());
  }

  private JWTClaimsSet.Builder claims(Duration lifetime) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer())
        .subject("user-1")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime)))
        .jwtID(UUID.randomUUID().toString());
  }

  private String sign(JWTClaimsSet claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static String decode(String value) {
    return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static RSAKey rsaKey() {
    try {
      return new RSAKeyGenerator(2048).keyID("hub-test-key").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
