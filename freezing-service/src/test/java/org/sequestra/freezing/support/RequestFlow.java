package org.sequestra.freezing.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Takes one request through its lifecycle over HTTP, keeping its current ETag. */
public final class RequestFlow {

  public static final String NL_ISSUING = token("agency-nl", "ISSUING_AUTHORITY");
  public static final String ES_EXECUTING = token("agency-es", "EXECUTING_AUTHORITY");

  private final MockMvc mvc;
  private final String id;
  private String etag;

  private RequestFlow(MockMvc mvc, String id, String etag) {
    this.mvc = mvc;
    this.id = id;
    this.etag = etag;
  }

  /**
   * A token valid for the whole test run: these tokens are kept in constants, and on a loaded
   * machine the suite's fuzz tests alone outlast the builder's default five minutes (every later
   * test then got 401).
   */
  public static String token(String realm, String... roles) {
    return TestIssuers.token(realm)
        .roles(roles)
        .expiresAt(Instant.now().plus(Duration.ofHours(3)))
        .bearer();
  }

  /** Drafts a request as the given issuer. */
  public static RequestFlow draft(MockMvc mvc, String token, String draft) throws Exception {
    MvcResult created =
        mvc.perform(
                post("/api/v1/freezing-requests")
                    .header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(draft))
            .andExpect(status().isCreated())
            .andReturn();
    String body = created.getResponse().getContentAsString();
    return new RequestFlow(
        mvc, JsonPath.read(body, "$.id"), created.getResponse().getHeader("ETag"));
  }

  public String id() {
    return id;
  }

  public String etag() {
    return etag;
  }

  public String path() {
    return "/api/v1/freezing-requests/" + id;
  }

  /** Posts a transition with the current ETag; a 201 moves the ETag on. */
  public ResultActions act(String token, String transition) throws Exception {
    ResultActions result =
        mvc.perform(
            post(path() + "/transitions")
                .header("Authorization", token)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(transition));
    MvcResult done = result.andReturn();
    if (done.getResponse().getStatus() == 201) {
      etag = done.getResponse().getHeader("ETag");
    }
    return result;
  }

  /** Posts to one of the request's sub-resources with the current ETag; a 201 moves it on. */
  public ResultActions postWithEtag(String token, String subPath, String body) throws Exception {
    ResultActions result =
        mvc.perform(
            post(path() + subPath)
                .header("Authorization", token)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    MvcResult done = result.andReturn();
    if (done.getResponse().getStatus() == 201) {
      etag = done.getResponse().getHeader("ETag");
    }
    return result;
  }

  /** A transition that must succeed. */
  public RequestFlow step(String token, String transition) throws Exception {
    act(token, transition).andExpect(status().isCreated());
    return this;
  }

  public RequestFlow step(String token, String action, String extra) throws Exception {
    return step(
        token, "{\"action\":\"" + action + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
  }

  /** Issued and transmitted by NL-ARO. */
  public RequestFlow issuedAndTransmitted() throws Exception {
    return step(NL_ISSUING, "ISSUE", "").step(NL_ISSUING, "TRANSMIT", "");
  }
}
