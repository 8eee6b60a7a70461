package org.sequestra.freezing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.platform.test.fuzz.ContractFuzzer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every operation of openapi/freezing.yaml survives schema-violating input with a 4xx problem. A
 * real webhook subscription (and an allowed target URL) lets broken requests get past the existence
 * checks and the target policy.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractFuzzTest {

  /** Allowed by the tests' configuration; nothing is sent (webhooks are off in this context). */
  private static final String TARGET = "https://localhost/hooks/fuzz";

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void everyOperationAnswersSchemaViolationsWithAProblemAndNeverA5xx() throws Exception {
    String bearer = ContractFuzzer.allRolesBearer();
    String subscription =
        mvc.perform(
                post("/api/v1/webhook-subscriptions")
                    .header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"url\":\"" + TARGET + "\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    ContractFuzzer.contract("freezing.yaml")
        .bearer(bearer)
        .knownValue("subscriptionId", JsonPath.read(subscription, "$.subscription.id"))
        .knownValue("url", TARGET)
        .run(mvc)
        .assertNoServerErrors();
  }
}
