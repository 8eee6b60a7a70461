package org.sequestra.freezing.inforequest;

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
 * The contract fuzz test again, with a real information request addressed to the fuzzer's agency
 * (NL) and a real requested agency, so that broken answers and requests get past the existence
 * checks into validation and the service. (The fuzzer sends no If-Match, so a well-formed answer
 * stops at 428; every broken body is validated before that.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class InformationRequestFuzzTest {

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void brokenRequestsAndAnswersToARealRequestAreProblemsNever5xx() throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/information-requests")
                    .header(
                        "Authorization",
                        TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"requestedAgency":"NL-ARO","subject":"s","reasons":"r",
                         "natureOfProceedings":"n","offence":"o","linkToRequestedState":"l",
                         "propertyDetails":"p","urgency":"OTHER"}
                        """))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    ContractFuzzer.contract("freezing.yaml")
        .knownValue("requestId", id)
        .knownValue("requestedAgency", "ES-ARO")
        .run(mvc)
        .assertNoServerErrors();
  }
}
