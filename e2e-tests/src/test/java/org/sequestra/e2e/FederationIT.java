package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import org.sequestra.e2e.support.TestIbans;

/** DESIGN.md §2 through the gateway, with tokens from the real Keycloak realms. */
@ExtendWith(RunningStack.class)
class FederationIT {

  private static Api api;
  private static KeycloakLogin keycloak;

  @BeforeAll
  static void connect() {
    api = new Api(RunningStack.stack().gatewayUrl());
    keycloak = new KeycloakLogin(RunningStack.stack().keycloakUrl());
  }

  private static String password(String realm, String user) {
    return keycloak.password(realm, "sequestra-cli", user, "demo");
  }

  private static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("status").asInt()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({
    "agency-nl, nl-analyst, NL-ARO, NL",
    "agency-es, es-analyst, ES-ARO, ES",
    "agency-co, co-analyst, CO-ARO, CO"
  })
  void aTokenFromEachAgencyRealmIsAttributedToThatAgency(
      String realm, String user, String agency, String country) {
    Response me = api.get("/api/v1/me", password(realm, user));

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.text("agency")).isEqualTo(agency);
    assertThat(me.text("country")).isEqualTo(country);
    assertThat(me.json().path("roles").toString()).contains("ARO_ANALYST");
    assertThat(me.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void aMachineClientOfAnAgencyIsAttributedToThatAgency() {
    String token =
        keycloak.clientCredentials(
            "agency-es", "empact-es", RunningStack.stack().secrets().empactSecret());

    Response me = api.get("/api/v1/me", token);

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.text("agency")).isEqualTo("ES-ARO");
    assertThat(me.json().path("roles").toString()).contains("EMPACT_INTEGRATION");
  }

  @Test
  void anInteractiveLoginBrokeredByTheHubWorksAndKeepsItsAgency() {
    String token = keycloak.brokeredLogin("agency-es", "es-analyst", "demo");

    Response me = api.get("/api/v1/me", token);
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.text("agency")).isEqualTo("ES-ARO");
    assertThat(me.text("country")).isEqualTo("ES");
    assertThat(me.text("identityProvider")).isEqualTo("agency-es");
    assertThat(me.text("issuer")).endsWith("/realms/sequestra");

    Response cases = api.get("/api/v1/cases", token);
    assertThat(cases.status()).as(cases.toString()).isEqualTo(200);
  }

  @Test
  void aTokenClaimingAnotherAgencyIsStillItsIssuersAgency() {
    String spoofed = keycloak.password("agency-nl", "sequestra-cli-spoof", "nl-analyst", "demo");
    assertThat(KeycloakLogin.claims(spoofed)).contains("\"agency\":\"ES\"");

    Response me = api.get("/api/v1/me", spoofed);
    assertThat(me.text("agency")).isEqualTo("NL-ARO");
    assertThat(me.text("country")).isEqualTo("NL");

    Response opened =
        api.post(
            "/api/v1/cases",
            spoofed,
            "{\"nationalReference\":\"NL-SPOOF/" + System.nanoTime() + "\",\"title\":\"spoof\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.text("owningAgency")).isEqualTo("NL-ARO");
  }

  @Test
  void aTokenFromAnIssuerOutsideTheTrustRegistryIs401() throws Exception {
    // Keycloak's own master realm is a real issuer the registry does not list.
    String master =
        keycloak.password(
            "master", "admin-cli", "admin", RunningStack.stack().secrets().keycloakAdminPassword());
    assertProblem(api.get("/api/v1/me", master), 401);

    // A self-signed token claiming to come from a realm that does not exist.
    RSAKey key = new RSAKeyGenerator(2048).keyID("forger").generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forger").build(),
            new JWTClaimsSet.Builder()
                .issuer(RunningStack.stack().keycloakUrl() + "/realms/agency-xx")
                .subject("forger")
                .audience(List.of("sequestra-api"))
                .claim("realm_access", Map.of("roles", List.of("ARO_ANALYST")))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
    forged.sign(new RSASSASigner(key));
    assertProblem(api.get("/api/v1/me", forged.serialize()), 401);
  }

  @Test
  void aTokenForAnotherAudienceIs401() {
    String token = keycloak.password("agency-nl", "sequestra-cli-noaud", "nl-analyst", "demo");

    assertProblem(api.get("/api/v1/me", token), 401);
  }

  @Test
  void anExpiredTokenIs401() throws InterruptedException {
    String token = keycloak.password("agency-nl", "sequestra-cli-short", "nl-analyst", "demo");
    assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

    // lifespan 2 s + clock skew: then the token is expired for gateway and services alike
    Thread.sleep(2_000 + RunningStack.CLOCK_SKEW.toMillis() + 1_500);

    assertProblem(api.get("/api/v1/me", token), 401);
  }

  @Test
  void noTokenIs401AndAMalformedOneToo() {
    assertProblem(api.get("/api/v1/cases", null), 401);
    assertProblem(api.get("/api/v1/cases", "not.a.jwt"), 401);
  }

  @Test
  void aValidTokenWithoutTheRequiredRoleIs403() {
    Response response =
        api.post(
            "/api/v1/cases",
            password("agency-nl", "nl-prosecutor"),
            "{\"nationalReference\":\"NL-PROS/1\",\"title\":\"not allowed\"}");

    assertProblem(response, 403);
  }

  @Test
  void aRoleTheTrustRegistryDoesNotAllowTheAgencyIsDropped() {
    Response me = api.get("/api/v1/me", password("agency-es", "es-admin"));

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("roles").toString()).doesNotContain("PLATFORM_ADMIN");
  }

  @Test
  void anotherAgencysCaseIs404ThroughTheGateway() {
    Response opened =
        api.post(
            "/api/v1/cases",
            password("agency-nl", "nl-analyst"),
            "{\"nationalReference\":\"NL-E2E/" + System.nanoTime() + "\",\"title\":\"Tulip\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    String caseId = opened.text("id");

    assertThat(api.get("/api/v1/cases/" + caseId, password("agency-nl", "nl-supervisor")).status())
        .isEqualTo(200);
    assertProblem(api.get("/api/v1/cases/" + caseId, password("agency-es", "es-analyst")), 404);
  }

  @Test
  void everyServiceIsReachableThroughTheGateway() {
    Response dataset =
        api.post(
            "/api/v1/datasets",
            password("agency-co", "co-analyst"),
            "{\"caseReference\":\"CO-ARO/2026/9\",\"name\":\"Bancolombia extractos\"}");
    assertThat(dataset.status()).as(dataset.toString()).isEqualTo(201);
    assertThat(dataset.text("owningAgency")).isEqualTo("CO-ARO");

    // at ISSUE the freezing-service reads the certificate's asset from the registry as the issuer:
    // it must be a real asset of the request's case
    String nlAnalyst = password("agency-nl", "nl-analyst");
    Response nlCase =
        api.post(
            "/api/v1/cases",
            nlAnalyst,
            "{\"nationalReference\":\"NL-E2E/" + System.nanoTime() + "\",\"title\":\"Villa\"}");
    assertThat(nlCase.status()).as(nlCase.toString()).isEqualTo(201);
    String caseId = nlCase.text("id");
    Response asset =
        api.post(
            "/api/v1/cases/" + caseId + "/assets",
            nlAnalyst,
            "{\"type\":\"BANK_ACCOUNT\",\"description\":\"account of the suspect\","
                + "\"identifiers\":{\"iban\":\""
                + TestIbans.uniqueDutch()
                + "\"}}");
    assertThat(asset.status()).as(asset.toString()).isEqualTo(201);
    Response request =
        api.post(
            "/api/v1/freezing-requests",
            password("agency-nl", "nl-issuing"),
            URGENT_FREEZING.formatted(caseId, asset.text("id")));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    String requestId = request.text("id");
    String etag = request.header("ETag");
    etag =
        transition(requestId, password("agency-nl", "nl-issuing"), etag, "{\"action\":\"ISSUE\"}");
    etag =
        transition(
            requestId, password("agency-nl", "nl-issuing"), etag, "{\"action\":\"TRANSMIT\"}");
    Response received =
        api.post(
            "/api/v1/freezing-requests/" + requestId + "/transitions",
            password("agency-es", "es-executing"),
            "application/json",
            "{\"action\":\"RECEIVE\",\"occurredAt\":\"2026-11-27T10:00:00Z\"}",
            "If-Match",
            etag);
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    assertThat(received.text("recognitionDueBy")).isEqualTo("2026-11-29T10:00:00Z");
    assertProblem(
        api.get("/api/v1/freezing-requests/" + requestId, password("agency-co", "co-analyst")),
        404);
  }

  /** Records a step of a freezing request; answers the new ETag. */
  private static String transition(String requestId, String token, String etag, String body) {
    Response step =
        api.post(
            "/api/v1/freezing-requests/" + requestId + "/transitions",
            token,
            "application/json",
            body,
            "If-Match",
            etag);
    assertThat(step.status()).as(step.toString()).isEqualTo(201);
    return step.header("ETag");
  }

  /**
   * An urgent freezing request of agency-nl to ES-ARO, its Annex I certificate complete: the case
   * id and the asset id of the registry go in.
   */
  private static final String URGENT_FREEZING =
      """
      {"instrument": "REGULATION_2018_1805", "kind": "FREEZING", "urgent": true,
       "executingAgency": "ES-ARO", "caseId": "%s",
       "issuingReference": "NL-OM/2026/1", "language": "es",
       "freezingCertificate": {
         "sectionA": {"issuingAuthority": "Openbaar Ministerie Rotterdam"},
         "sectionB": {"imminentRemovalOrDestruction": "the villa is on sale"},
         "sectionC": {"persons": [{"role": "TARGET", "naturalPerson": {"surname": "Jansen"}}]},
         "sectionD": {"scopes": ["SPECIFIC_ITEMS"], "items": [
           {"assetId": "%s", "location": "Marbella",
            "transmissionGround": "LOCATED_IN_EXECUTING_STATE"}]},
         "sectionE": {"summaryOfFacts": "laundering through real estate",
                      "legalClassification": "Art 420bis Sr", "listedOffence": true,
                      "offenceCategories": ["MONEY_LAUNDERING"]},
         "sectionI": {"remainFrozenPendingConfiscation": true,
                      "estimatedConfiscationCertificateDate": "2027-06-30"},
         "sectionL": {"informationFrom": "ISSUING_AUTHORITY"},
         "sectionM": {"authorityType": "JUDGE_COURT_OR_PROSECUTOR",
                      "authority": {"name": "Openbaar Ministerie Rotterdam"}}}}
      """;
}
