package org.sequestra.trace;

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
 * Every operation of openapi/financial-trace.yaml survives schema-violating input with a 4xx
 * problem. A real dataset id lets the broken bodies and uploads get past the existence check.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractFuzzTest {

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void everyOperationAnswersSchemaViolationsWithAProblemAndNeverA5xx() throws Exception {
    String bearer = ContractFuzzer.allRolesBearer();
    String dataset =
        mvc.perform(
                post("/api/v1/datasets")
                    .header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"caseReference\":\"NL-ARO/2026/FUZZ\",\"name\":\"Fuzz\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    ContractFuzzer.contract("financial-trace.yaml")
        .bearer(bearer)
        .knownValue("datasetId", JsonPath.read(dataset, "$.id"))
        .run(mvc)
        .assertNoServerErrors();
  }
}
