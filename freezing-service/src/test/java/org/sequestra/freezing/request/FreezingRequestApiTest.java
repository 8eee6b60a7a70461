package org.sequestra.freezing.request;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.RequestFlow;
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

  private static final String URGENT = Certificates.urgentFreezingDraft();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void anUrgentFreezingRequestShowsItsRecognitionDeadlineAndStaysWithItsIssuer() throws Exception {
    RequestFlow request = RequestFlow.draft(mvc, RequestFlow.NL_ISSUING, URGENT);
    mvc.perform(get(request.path()).header("Authorization", RequestFlow.NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.issuingAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.status").value("DRAFT"));
    // a draft stays with its issuer, even for the agency it is addressed to
    mvc.perform(
            get(request.path())
                .header(
                    "Authorization",
                    TestIssuers.token("agency-es").roles("ISSUING_AUTHORITY").bearer()))
        .andExpect(status().isNotFound());

    request
        .issuedAndTransmitted()
        .act(
            RequestFlow.ES_EXECUTING,
            "{\"action\":\"RECEIVE\",\"occurredAt\":\"2026-11-27T18:30:00Z\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.issuingAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.recognitionDueBy").value("2026-11-29T18:30:00Z"))
        .andExpect(jsonPath("$.deadlines[0].rule").value("URGENT_FREEZING_RECOGNITION"))
        .andExpect(jsonPath("$.deadlines[0].state").value("OVERDUE"));

    mvc.perform(
            get(request.path())
                .header(
                    "Authorization",
                    TestIssuers.token("agency-co").roles("ISSUING_AUTHORITY").bearer()))
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
                .content(URGENT.replace("\"FREEZING\"", "\"SEIZURE\"")))
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
