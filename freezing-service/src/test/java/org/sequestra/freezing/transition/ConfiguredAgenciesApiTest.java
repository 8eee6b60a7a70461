package org.sequestra.freezing.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.freezing.support.RequestFlow.ES_EXECUTING;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a deployment configures: a second authority of a State (Art 4(9): a receiving authority that
 * is not competent forwards to the one that is) and the languages a State accepts (Art 6(2)).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfiguredAgenciesApiTest {

  /** A second Spanish authority, known to the trust registry of this test only. */
  private static final String ES_COURT =
      RequestFlow.token("agency-es-court", "EXECUTING_AUTHORITY");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.registerAgencies(
        registry,
        "ISSUING_AUTHORITY,EXECUTING_AUTHORITY,PROSECUTOR,ARO_ANALYST,ARO_SUPERVISOR",
        List.of(
            new TestIssuers.Agency("agency-nl", "NL-ARO", "NL"),
            new TestIssuers.Agency("agency-es", "ES-ARO", "ES"),
            new TestIssuers.Agency("agency-co", "CO-ARO", "CO"),
            new TestIssuers.Agency("agency-es-court", "ES-JUZ", "ES")));
    registry.add("sequestra.freezing.accepted-languages.ES", () -> "es,ca");
    registry.add("sequestra.freezing.accepted-languages.CO", () -> "EN");
  }

  @Test
  void aCertificateIsIssuedOnlyInALanguageTheExecutingStateAccepts() throws Exception {
    RequestFlow toColombia = RequestFlow.draft(mvc, NL_ISSUING, Certificates.mlaDraft());

    toColombia
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("language"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value("the executing State accepts certificates in [en]"));
    RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft())
        .step(NL_ISSUING, "ISSUE", "");
  }

  @Test
  void theCompetentAuthorityOfTheSameStateTakesOverAndTheFirstOneLosesAccess() throws Exception {
    RequestFlow request =
        RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft())
            .issuedAndTransmitted()
            .step(ES_EXECUTING, "RECEIVE", "");

    request
        .act(ES_EXECUTING, "{\"action\":\"FORWARD\",\"forwardTo\":\"ES-JUZ\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("FORWARDED"))
        .andExpect(jsonPath("$.executingAgency").value("ES-JUZ"));
    mvc.perform(get(request.path()).header("Authorization", ES_EXECUTING))
        .andExpect(status().isNotFound());
    request
        .act(ES_COURT, "{\"action\":\"RECEIVE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.recognitionDueBy").exists());

    assertThat(
            jdbc.sql(
                    "select effect || ' ' || (body ->> 'executingAgency') from registry_outbox"
                        + " where request_id = ? order by seq")
                .param(UUID.fromString(request.id()))
                .query(String.class)
                .list())
        .containsExactly(
            "GRANT_ACCESS ES-ARO",
            "FREEZE_REQUESTED ES-ARO",
            "WITHDRAW_ACCESS ES-ARO",
            "GRANT_ACCESS ES-JUZ");
  }
}
