package org.sequestra.registry.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class CaseApiTest extends RegistryIntegrationTest {

  private static final String PROBLEM = "application/problem+json";

  private static String nlAnalyst() {
    return TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  }

  private static String esAnalyst() {
    return TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer();
  }

  private static String uniqueReference() {
    return "NL-ARO/2026/" + UUID.randomUUID().toString().substring(0, 8);
  }

  private ResultActions createCase(String bearer, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases")
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private String openCase(String bearer) throws Exception {
    String body =
        createCase(
                bearer, "{\"nationalReference\":\"" + uniqueReference() + "\",\"title\":\"Tulip\"}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void anAnalystOpensACaseOwnedByTheAgencyOfTheTokensIssuer() throws Exception {
    String reference = uniqueReference();
    createCase(
            nlAnalyst(),
            "{\"nationalReference\":\""
                + reference
                + "\",\"title\":\"Operation Tulip\",\"openedOn\":\"2026-03-01\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/cases/")))
        .andExpect(jsonPath("$.nationalReference").value(reference))
        .andExpect(jsonPath("$.owningAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.country").value("NL"))
        .andExpect(jsonPath("$.openedOn").value("2026-03-01"))
        .andExpect(jsonPath("$.status").value("OPEN"));
  }

  @Test
  void aTokenClaimingAnotherAgencyStillOpensTheCaseForItsIssuersAgency() throws Exception {
    String spoofed =
        TestIssuers.token("agency-nl")
            .roles("ARO_ANALYST")
            .claim("agency", "ES-ARO")
            .claim("country", "ES")
            .bearer();
    createCase(spoofed, "{\"nationalReference\":\"" + uniqueReference() + "\",\"title\":\"x\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.owningAgency").value("NL-ARO"));
  }

  @Test
  void anotherAgencysCaseAnswers404NotForbidden() throws Exception {
    String caseId = openCase(nlAnalyst());

    mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", esAnalyst()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", nlAnalyst()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(caseId));
  }

  @Test
  void listsShowOnlyTheCallersAgencyCases() throws Exception {
    String nlCase = openCase(nlAnalyst());
    String esCase = openCase(esAnalyst());

    mvc.perform(get("/api/v1/cases?size=200").header("Authorization", esAnalyst()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(esCase)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(nlCase))))
        .andExpect(jsonPath("$.page.size").value(200));
  }

  @Test
  void aDuplicateReferenceInTheSameAgencyIsAConflict() throws Exception {
    String body = "{\"nationalReference\":\"" + uniqueReference() + "\",\"title\":\"x\"}";
    createCase(nlAnalyst(), body).andExpect(status().isCreated());
    createCase(nlAnalyst(), body)
        .andExpect(status().isConflict())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:duplicate-case-reference"));
  }

  @Test
  void aMissingFieldIsNamedInTheProblem() throws Exception {
    createCase(nlAnalyst(), "{\"nationalReference\":\"" + uniqueReference() + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("title"))
        .andExpect(jsonPath("$.requestId").isNotEmpty());
  }

  @Test
  void anUnknownFieldIsRejected() throws Exception {
    createCase(
            nlAnalyst(),
            "{\"nationalReference\":\""
                + uniqueReference()
                + "\",\"title\":\"x\",\"owningAgency\":\"ES-ARO\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("owningAgency"))
        .andExpect(jsonPath("$.violations[0].reason").value("is not a known field"));
  }

  @Test
  void aValueOfTheWrongTypeIsNamedInTheProblem() throws Exception {
    createCase(
            nlAnalyst(),
            "{\"nationalReference\":\""
                + uniqueReference()
                + "\",\"title\":\"x\",\"openedOn\":\"yesterday\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("openedOn"));
  }

  @Test
  void malformedJsonGetsAProblemNotAStackTrace() throws Exception {
    createCase(nlAnalyst(), "{\"nationalReference\": ")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:malformed-body"))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void anOversizedBodyIsRefused() throws Exception {
    String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
    createCase(nlAnalyst(), huge)
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void anUnsupportedMediaTypeIs415() throws Exception {
    mvc.perform(
            post("/api/v1/cases")
                .header("Authorization", nlAnalyst())
                .contentType(MediaType.TEXT_PLAIN)
                .content("hello"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void pageSizeIsBounded() throws Exception {
    mvc.perform(get("/api/v1/cases?size=500").header("Authorization", nlAnalyst()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("size"));
  }

  @Test
  void aMalformedIdIsABadRequest() throws Exception {
    mvc.perform(get("/api/v1/cases/not-a-uuid").header("Authorization", nlAnalyst()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("caseId"));
  }

  @Test
  void aTokenWithoutTheRoleIsForbidden() throws Exception {
    String prosecutor = TestIssuers.token("agency-nl").roles("PROSECUTOR").bearer();
    createCase(prosecutor, "{\"nationalReference\":\"" + uniqueReference() + "\",\"title\":\"x\"}")
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void aRoleTheRegistryDoesNotAllowTheAgencyIsIgnored() throws Exception {
    // agency-es may not grant PLATFORM_ADMIN; the role disappears from the caller
    String esAdmin = TestIssuers.token("agency-es").roles("PLATFORM_ADMIN", "PROSECUTOR").bearer();
    mvc.perform(get("/api/v1/me").header("Authorization", esAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles", not(hasItem("PLATFORM_ADMIN"))))
        .andExpect(jsonPath("$.roles", hasItem("PROSECUTOR")));
  }

  @Test
  void aHubLoginIsAttributedToTheAgencyItWasBrokeredFrom() throws Exception {
    String hub =
        TestIssuers.token("sequestra")
            .roles("ARO_ANALYST")
            .claim("identity_provider", "agency-es")
            .bearer();
    mvc.perform(get("/api/v1/me").header("Authorization", hub))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agency").value("ES-ARO"))
        .andExpect(jsonPath("$.country").value("ES"))
        .andExpect(jsonPath("$.identityProvider").value("agency-es"));
  }

  @Test
  void aHubTokenWithoutABrokeringAgencyIsRejected() throws Exception {
    String hub = TestIssuers.token("sequestra").roles("ARO_ANALYST").bearer();
    mvc.perform(get("/api/v1/me").header("Authorization", hub))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void noTokenIs401WithABearerChallenge() throws Exception {
    mvc.perform(get("/api/v1/cases"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void tokensThatMustNotBeTrustedAre401() throws Exception {
    String untrustedIssuer = TestIssuers.token("agency-xx").roles("ARO_ANALYST").bearer();
    String wrongAudience =
        TestIssuers.token("agency-nl").roles("ARO_ANALYST").audience("account").bearer();
    String expired =
        TestIssuers.token("agency-nl")
            .roles("ARO_ANALYST")
            .expiresAt(Instant.now().minusSeconds(120))
            .bearer();
    String forgedIssuer =
        TestIssuers.token("agency-nl").roles("ARO_ANALYST").signedByRealm("agency-es").bearer();
    for (String bearer :
        new String[] {untrustedIssuer, wrongAudience, expired, forgedIssuer, "Bearer not-a-jwt"}) {
      mvc.perform(get("/api/v1/me").header("Authorization", bearer))
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentType(PROBLEM))
          .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }
  }
}
