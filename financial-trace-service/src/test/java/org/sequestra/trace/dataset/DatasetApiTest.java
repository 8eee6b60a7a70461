package org.sequestra.trace.dataset;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DatasetApiTest {

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  private String create(String bearer) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/datasets")
                    .header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"caseReference\":\"NL-ARO/2026/1\",\"name\":\"ABN statements\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.owningAgency").value("NL-ARO"))
            .andExpect(jsonPath("$.transactionCount").value(0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void aDatasetIsVisibleToItsAgencyOnly() throws Exception {
    String id = create(TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer());

    mvc.perform(
            get("/api/v1/datasets/" + id)
                .header(
                    "Authorization",
                    TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("ABN statements"));
    mvc.perform(
            get("/api/v1/datasets/" + id)
                .header(
                    "Authorization", TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
  }

  @Test
  void aProsecutorCannotCreateDatasets() throws Exception {
    mvc.perform(
            post("/api/v1/datasets")
                .header(
                    "Authorization", TestIssuers.token("agency-nl").roles("PROSECUTOR").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseReference\":\"NL-ARO/2026/1\",\"name\":\"x\"}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType("application/problem+json"));
  }

  @Test
  void aBlankNameIsRejectedWithTheField() throws Exception {
    mvc.perform(
            post("/api/v1/datasets")
                .header(
                    "Authorization", TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseReference\":\"NL-ARO/2026/1\",\"name\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("name"));
  }
}
