package org.sequestra.registry.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Tokens and requests the case tests share. */
final class CaseRequests {

  private final MockMvc mvc;

  CaseRequests(MockMvc mvc) {
    this.mvc = mvc;
  }

  static String token(String realm, String... roles) {
    return TestIssuers.token(realm).roles(roles).bearer();
  }

  static String nlAnalyst() {
    return token("agency-nl", "ARO_ANALYST");
  }

  static String nlSupervisor() {
    return token("agency-nl", "ARO_SUPERVISOR");
  }

  static String esAnalyst() {
    return token("agency-es", "ARO_ANALYST");
  }

  static String esSupervisor() {
    return token("agency-es", "ARO_SUPERVISOR");
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  ResultActions create(String bearer, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases")
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** Opens a case and returns its id. */
  String open(String bearer, String reference) throws Exception {
    String body =
        create(bearer, "{\"nationalReference\":\"" + reference + "\",\"title\":\"Tulip\"}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  String open(String bearer) throws Exception {
    return open(bearer, "NL-ARO/2026/" + unique());
  }

  ResultActions read(String bearer, String caseId) throws Exception {
    return mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", bearer));
  }

  String etag(String bearer, String caseId) throws Exception {
    return read(bearer, caseId).andReturn().getResponse().getHeader("ETag");
  }

  ResultActions update(String bearer, String caseId, String ifMatch, String body) throws Exception {
    var request =
        patch("/api/v1/cases/" + caseId)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return mvc.perform(request);
  }

  ResultActions share(String bearer, String caseId, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/shares")
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** Shares a case and returns the share's id. */
  String shareWith(String caseId, String agency, String access) throws Exception {
    String body =
        share(
                nlSupervisor(),
                caseId,
                "{\"agency\":\"" + agency + "\",\"access\":\"" + access + "\"}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  ResultActions revoke(String bearer, String caseId, String shareId) throws Exception {
    return mvc.perform(
        delete("/api/v1/cases/" + caseId + "/shares/" + shareId).header("Authorization", bearer));
  }

  ResultActions list(String bearer, String query) throws Exception {
    return mvc.perform(get("/api/v1/cases?" + query).header("Authorization", bearer));
  }
}
