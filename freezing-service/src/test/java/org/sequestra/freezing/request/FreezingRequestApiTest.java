package org.sequestra.freezing.request;

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
class FreezingRequestApiTest {

  private static final String URGENT =
      "{\"kind\":\"FREEZING\",\"urgent\":true,\"issuingReference\":\"NL-OM/2026/7781\","
          + "\"executingCountry\":\"ES\",\"transmittedAt\":\"2026-11-27T18:30:00Z\"}";

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void anUrgentFreezingRequestShowsItsRecognitionDeadlineAndStaysWithItsIssuer() throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/freezing-requests")
                    .header(
                        "Authorization",
                        TestIssuers.token("agency-nl").roles("ISSUING_AUTHORITY").bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(URGENT))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.issuingAgency").value("NL-ARO"))
            .andExpect(jsonPath("$.recognitionDueBy").value("2026-11-29T18:30:00Z"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    mvc.perform(
            get("/api/v1/freezing-requests/" + id)
                .header(
                    "Authorization",
                    TestIssuers.token("agency-es").roles("ISSUING_AUTHORITY").bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anUnknownKindIsRejectedWithTheField() throws Exception {
    mvc.perform(
            post("/api/v1/freezing-requests")
                .header(
                    "Authorization",
                    TestIssuers.token("agency-nl").roles("ISSUING_AUTHORITY").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(URGENT.replace("FREEZING", "SEIZURE")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.violations[0].field").value("kind"));
  }

  @Test
  void anAnalystMayNotIssueACertificate() throws Exception {
    mvc.perform(
            post("/api/v1/freezing-requests")
                .header(
                    "Authorization", TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(URGENT))
        .andExpect(status().isForbidden());
  }
}
