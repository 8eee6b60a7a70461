package org.sequestra.freezing.memberstate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.RequestFlow;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A Regulation request goes between two States the Regulation binds (the default configuration: the
 * Member States less DK and IE, recitals 56-57); MLA goes anywhere. No MLA agreement is configured
 * here (the default): MLA requests have no deadline and may name none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegulationStatesApiTest {

  private static final String ES_ISSUING = RequestFlow.token("agency-es", "ISSUING_AUTHORITY");
  private static final String CO_ISSUING = RequestFlow.token("agency-co", "ISSUING_AUTHORITY");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /** Danish and Irish agencies, known to the trust registry of this test only. */
  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.registerAgencies(
        registry,
        "ISSUING_AUTHORITY,EXECUTING_AUTHORITY,PROSECUTOR,ARO_ANALYST,ARO_SUPERVISOR,AUDITOR",
        List.of(
            new TestIssuers.Agency("agency-nl", "NL-ARO", "NL"),
            new TestIssuers.Agency("agency-es", "ES-ARO", "ES"),
            new TestIssuers.Agency("agency-co", "CO-ARO", "CO"),
            new TestIssuers.Agency("agency-dk", "DK-ARO", "DK"),
            new TestIssuers.Agency("agency-ie", "IE-ARO", "IE")));
  }

  private ResultActions draft(String token, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/freezing-requests")
            .header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static String regulationDraftTo(String executingAgency) {
    return Certificates.draft(
        "FREEZING",
        true,
        executingAgency,
        "freezingCertificate",
        Certificates.freezingCertificate());
  }

  private static String mlaDraftTo(String executingAgency, String mlaExtra) {
    return Certificates.mlaDraft()
        .replace("\"CO-ARO\"", "\"" + executingAgency + "\"")
        .replace("\"evidential\": false", "\"evidential\": false" + mlaExtra);
  }

  @Test
  void aRegulationRequestBetweenTwoBoundStatesIsIssued() throws Exception {
    RequestFlow.draft(mvc, ES_ISSUING, regulationDraftTo("NL-ARO")).step(ES_ISSUING, "ISSUE", "");
  }

  @Test
  void aRegulationRequestToColombiaDenmarkOrIrelandIsRefusedSayingToUseMla() throws Exception {
    for (String agency : List.of("CO-ARO", "DK-ARO", "IE-ARO")) {
      draft(NL_ISSUING, regulationDraftTo(agency))
          .andExpect(status().isUnprocessableContent())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.violations[0].field").value("executingAgency"))
          .andExpect(jsonPath("$.violations[0].reason").value(containsString("use instrument MLA")))
          .andExpect(jsonPath("$.violations.length()").value(1));
    }
    draft(NL_ISSUING, regulationDraftTo("DK-ARO"))
        .andExpect(jsonPath("$.violations[0].reason").value(containsString("recital (57)")));
  }

  @Test
  void aRegulationRequestFromColombiaIsRefusedOnTheInstrument() throws Exception {
    draft(CO_ISSUING, regulationDraftTo("NL-ARO"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("instrument"))
        .andExpect(jsonPath("$.violations[0].reason").value(containsString("issuing State CO")));
  }

  @Test
  void mlaGoesToColombiaAndToDenmark() throws Exception {
    RequestFlow.draft(mvc, NL_ISSUING, mlaDraftTo("CO-ARO", "")).step(NL_ISSUING, "ISSUE", "");
    RequestFlow.draft(mvc, NL_ISSUING, mlaDraftTo("DK-ARO", "")).step(NL_ISSUING, "ISSUE", "");
  }

  /** A draft saved before the rule (or before a change of the list) must not leave as it is. */
  @Test
  void atIssueTheStatesAreCheckedWithTheCertificateAllFaultsAtOnce() throws Exception {
    String incomplete =
        mlaDraftTo("CO-ARO", "")
            .replace(
                "\"sectionA\": {\"issuingAuthority\": \"Openbaar Ministerie Rotterdam\"},", "");
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, incomplete);
    jdbc.sql(
            "update freezing_request set instrument = 'REGULATION_2018_1805', mla_channel = null,"
                + " mla_evidential = null where id = ?")
        .param(UUID.fromString(request.id()))
        .update();

    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[*].field", hasItem("executingAgency")))
        .andExpect(
            jsonPath(
                "$.violations[*].field", hasItem(containsString("freezingCertificate.sectionA"))));
  }

  @Test
  void withoutAnAgreementTableNoAgreementCanBeNamed() throws Exception {
    mvc.perform(get("/api/v1/mla-agreements").header("Authorization", NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isEmpty());
    draft(NL_ISSUING, mlaDraftTo("CO-ARO", ", \"agreementId\": \"ANY-AGREEMENT\""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("mla.agreementId"));
  }

  @Test
  void theAgreementTableIsForAuthenticatedFreezingRoles() throws Exception {
    mvc.perform(get("/api/v1/mla-agreements")).andExpect(status().isUnauthorized());
    mvc.perform(
            get("/api/v1/mla-agreements")
                .header("Authorization", RequestFlow.token("agency-es", "AUDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/mla-agreements")
                .header("Authorization", RequestFlow.token("agency-co", "PROSECUTOR")))
        .andExpect(status().isOk());
  }
}
