package org.sequestra.registry.cases;

import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** A client that retries a POST (timeout, lost answer) does not open a case twice. */
class CaseIdempotencyTest extends RegistryIntegrationTest {

  private CaseRequests requests;

  /** Keys are scoped per caller: a retry comes from the same user. */
  private final String analyst =
      TestIssuers.token("agency-nl").subject("analyst-" + unique()).roles("ARO_ANALYST").bearer();

  private final String supervisor =
      TestIssuers.token("agency-nl")
          .subject("supervisor-" + unique())
          .roles("ARO_SUPERVISOR")
          .bearer();

  @BeforeEach
  void requests() {
    requests = new CaseRequests(mvc);
  }

  private ResultActions postWithKey(String path, String bearer, String key, String body)
      throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", bearer)
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void aRetriedCaseCreationAnswersTheFirstResponseAndOpensOneCase() throws Exception {
    String prefix = "NL-ARO/IDEM/" + unique();
    String body = "{\"nationalReference\":\"" + prefix + "\",\"title\":\"Retry\"}";
    String key = UUID.randomUUID().toString();

    MvcResult first =
        postWithKey("/api/v1/cases", analyst, key, body)
            .andExpect(status().isCreated())
            .andReturn();
    postWithKey("/api/v1/cases", analyst, key, body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", first.getResponse().getHeader("Location")))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(content().json(first.getResponse().getContentAsString()));

    requests
        .list(nlAnalyst(), "referencePrefix=" + prefix)
        .andExpect(jsonPath("$.page.totalElements").value(1));
    // without the key, the same request is a new one: the reference is taken
    requests.create(nlAnalyst(), body).andExpect(status().isConflict());
  }

  @Test
  void theSameKeyForAnotherCaseIs422() throws Exception {
    String key = UUID.randomUUID().toString();
    postWithKey(
            "/api/v1/cases",
            analyst,
            key,
            "{\"nationalReference\":\"NL-ARO/IDEM/" + unique() + "\",\"title\":\"One\"}")
        .andExpect(status().isCreated());

    postWithKey(
            "/api/v1/cases",
            analyst,
            key,
            "{\"nationalReference\":\"NL-ARO/IDEM/" + unique() + "\",\"title\":\"Two\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:idempotency-key-reused"));
  }

  @Test
  void aRetriedShareIsNotAConflict() throws Exception {
    String caseId = requests.open(nlAnalyst());
    String key = UUID.randomUUID().toString();
    String body = "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\"}";

    MvcResult first =
        postWithKey("/api/v1/cases/" + caseId + "/shares", supervisor, key, body)
            .andExpect(status().isCreated())
            .andReturn();
    postWithKey("/api/v1/cases/" + caseId + "/shares", supervisor, key, body)
        .andExpect(status().isCreated())
        .andExpect(content().json(first.getResponse().getContentAsString()));
  }
}
