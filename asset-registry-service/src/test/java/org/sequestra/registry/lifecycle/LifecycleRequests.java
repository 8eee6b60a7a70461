package org.sequestra.registry.lifecycle;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.sequestra.registry.Fixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Lifecycle requests as a client sends them: read the asset's ETag, then post the act. */
final class LifecycleRequests {

  private final MockMvc mvc;
  private final Fixtures given;

  LifecycleRequests(MockMvc mvc) {
    this.mvc = mvc;
    this.given = new Fixtures(mvc);
  }

  /** A registered cash asset in a new case of the token's agency; returns its id. */
  String cashAsset(String bearer) throws Exception {
    String caseId = given.openCase(bearer);
    return given.asset(
        bearer, caseId, "{\"type\":\"CASH\",\"description\":\"Cash found in a safe\"}");
  }

  /** The asset's current ETag, as the history (and the asset itself) report it. */
  String etag(String bearer, String assetId) throws Exception {
    return history(bearer, assetId)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getHeader("ETag");
  }

  ResultActions history(String bearer, String assetId) throws Exception {
    return given.get(bearer, "/api/v1/assets/" + assetId + "/transitions");
  }

  ResultActions transition(String bearer, String assetId, String ifMatch, String json)
      throws Exception {
    return mvc.perform(request(bearer, assetId, ifMatch, json));
  }

  ResultActions transitionWithKey(
      String bearer, String assetId, String ifMatch, String key, String json) throws Exception {
    return mvc.perform(request(bearer, assetId, ifMatch, json).header("Idempotency-Key", key));
  }

  /** Reads the current ETag and posts the act with it; the act must be accepted. */
  void moved(String bearer, String assetId, String json) throws Exception {
    transition(bearer, assetId, etag(bearer, assetId), json).andExpect(status().isCreated());
  }

  private static MockHttpServletRequestBuilder request(
      String bearer, String assetId, String ifMatch, String json) {
    MockHttpServletRequestBuilder request =
        post("/api/v1/assets/" + assetId + "/transitions")
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json);
    return ifMatch == null ? request : request.header("If-Match", ifMatch);
  }

  /** An act with a complete legal basis; {@code extra} is more JSON members, or empty. */
  static String act(String target, String occurredAt, String extra) {
    return "{\"targetStatus\":\""
        + target
        + "\",\"legalBasis\":{\"orderReference\":\"RB-ROT 10/"
        + target
        + "\",\"issuingAuthority\":\"Rechtbank Rotterdam\",\"orderDate\":\""
        + occurredAt.substring(0, 10)
        + "\"},\"occurredAt\":\""
        + occurredAt
        + "\""
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }

  static String value(String amount, String currency) {
    return "\"value\":{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}";
  }

  static final String REQUEST_FREEZE = act("FREEZE_REQUESTED", "2025-01-06T09:00:00Z", "");
  static final String FREEZE = act("FROZEN", "2025-01-10T14:30:00Z", value("1095600.00", "USD"));
  static final String CONFISCATE =
      act("CONFISCATED", "2025-07-01T10:00:00Z", value("950000.00", "EUR"));
}
