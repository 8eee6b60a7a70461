package org.sequestra.freezing.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The prosecutor's search through the API, against PostgreSQL: what it finds, for whom, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestSearchApiTest {

  private static final String NL_PROSECUTOR = RequestFlow.token("agency-nl", "PROSECUTOR");
  private static final String ES_PROSECUTOR = RequestFlow.token("agency-es", "PROSECUTOR");
  private static final String CO_PROSECUTOR = RequestFlow.token("agency-co", "PROSECUTOR");
  private static final String PATH = "/api/v1/freezing-requests/search";
  // an IBAN no other test's certificate names
  private static final String IBAN = "DE89370400440532013000";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  private ResultActions search(String token, String query) throws Exception {
    return mvc.perform(get(PATH + "?" + query).header("Authorization", token));
  }

  /** An urgent freezing request to ES-ARO with its own reference and a German account. */
  private RequestFlow draft(String reference) throws Exception {
    String draft =
        Certificates.urgentFreezingDraft()
            .replace(
                "\"issuingReference\": \"NL-OM/2026/7781\"",
                "\"issuingReference\": \"" + reference + "\"")
            .replace("ES9121000418450200051332", IBAN);
    return RequestFlow.draft(mvc, NL_ISSUING, draft);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void findsByReferenceIdAndIbanInAnyUsualSpellingShowingWhoFrozeWhatAndTheDeadlines()
      throws Exception {
    String reference = unique("NL-OM/SEARCH");
    RequestFlow request = draft(reference).issuedAndTransmitted();
    request
        .step(ES_EXECUTING, "RECEIVE", "")
        .step(ES_EXECUTING, "RECOGNISE", "")
        .step(
            ES_EXECUTING,
            "EXECUTE",
            """
            "assetResults": [
              {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "850000.00", "currency": "EUR"}},
              {"assetId": "%s", "outcome": "IMPOSSIBLE", "impossibility": "DISAPPEARED"}]
            """
                .formatted(Certificates.VILLA, Certificates.ACCOUNT));
    String purpose = "purpose=" + unique("asset-recovery-check");

    search(NL_PROSECUTOR, "caseReference=" + reference + "&" + purpose)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", contains(request.id())))
        .andExpect(jsonPath("$.page.totalElements").value(1))
        .andExpect(jsonPath("$.items[0].status").value("EXECUTED"))
        .andExpect(jsonPath("$.items[0].issuingAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.items[0].issuingCountry").value("NL"))
        .andExpect(jsonPath("$.items[0].executingAgency").value("ES-ARO"))
        .andExpect(jsonPath("$.items[0].executingCountry").value("ES"))
        .andExpect(
            jsonPath(
                "$.items[0].assetResults[*].outcome", containsInAnyOrder("FROZEN", "IMPOSSIBLE")))
        .andExpect(jsonPath("$.items[0].recognisedAt").isNotEmpty())
        .andExpect(jsonPath("$.items[0].deadlines[*].rule").isNotEmpty());
    // the executing side finds it too, by id
    search(ES_PROSECUTOR, "requestId=" + request.id() + "&" + purpose)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", contains(request.id())));
    // the registry case id is a case reference as well
    search(NL_PROSECUTOR, "caseReference=" + Certificates.CASE + "&" + purpose + "&size=200")
        .andExpect(jsonPath("$.items[*].id", hasItem(request.id())));
    for (String spelling :
        List.of(
            IBAN,
            "DE89 3704 0044 0532 0130 00",
            "de89370400440532013000",
            " de89 3704 0044 0532 0130 00 ")) {
      mvc.perform(
              get(PATH)
                  .param("identifierType", "IBAN")
                  .param("identifier", spelling)
                  .param("purpose", purpose.substring("purpose=".length()))
                  .param("size", "200")
                  .header("Authorization", ES_PROSECUTOR))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items[*].id", hasItem(request.id())));
    }
    // a type the certificate names, not one of the platform's (the villa's land registry number)
    search(
            NL_PROSECUTOR,
            "identifierType=land_registry&identifier=mar-2231&" + purpose + "&size=200")
        .andExpect(jsonPath("$.items[*].id", hasItem(request.id())));

    Integer entries =
        jdbc.queryForObject(
            "select count(*) from audit_log where action = 'request.search' and purpose = ?",
            Integer.class,
            purpose.substring("purpose=".length()));
    assertThat(entries).isEqualTo(8);
    // the identifier itself (an account number) stays out of the audit entry's object id
    assertThat(
            jdbc.queryForList(
                "select object_id from audit_log where action = 'request.search' and purpose = ?",
                String.class,
                purpose.substring("purpose=".length())))
        .doesNotContain(IBAN)
        .contains(reference, request.id(), "IBAN");
  }

  @Test
  void aThirdAgencyAndTheExecutingOneBeforeTransmissionFindNothingAndTheSearchIsAudited()
      throws Exception {
    String reference = unique("NL-OM/HIDDEN");
    RequestFlow request = draft(reference);
    String purpose = unique("curiosity");

    search(ES_PROSECUTOR, "caseReference=" + reference + "&purpose=" + purpose)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(0));
    request.issuedAndTransmitted();
    search(CO_PROSECUTOR, "caseReference=" + reference + "&purpose=" + purpose)
        .andExpect(jsonPath("$.page.totalElements").value(0));
    search(CO_PROSECUTOR, "requestId=" + request.id() + "&purpose=" + purpose)
        .andExpect(jsonPath("$.page.totalElements").value(0));
    search(
            CO_PROSECUTOR,
            "identifierType=IBAN&identifier=" + IBAN + "&purpose=" + purpose + "&size=200")
        .andExpect(jsonPath("$.items[*].id", not(hasItem(request.id()))));
    search(ES_PROSECUTOR, "caseReference=" + reference + "&purpose=" + purpose)
        .andExpect(jsonPath("$.items[*].id", contains(request.id())));

    assertThat(
            jdbc.queryForList(
                "select detail from audit_log where action = 'request.search' and purpose = ?"
                    + " order by seq",
                String.class,
                purpose))
        .hasSize(5)
        .startsWith("nothing found", "nothing found", "nothing found");
  }

  @Test
  void purposeIsRequiredAndExactlyOneKey() throws Exception {
    search(NL_PROSECUTOR, "caseReference=NL-OM/1").andExpect(status().isBadRequest());
    mvc.perform(
            get(PATH)
                .param("caseReference", "NL-OM/1")
                .param("purpose", "  ")
                .header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[*].field", hasItem("purpose")));
    search(NL_PROSECUTOR, "purpose=check").andExpect(status().isBadRequest());
    search(NL_PROSECUTOR, "purpose=check&caseReference=X&requestId=" + UUID.randomUUID())
        .andExpect(status().isBadRequest());
    search(NL_PROSECUTOR, "purpose=check&identifier=" + IBAN)
        .andExpect(jsonPath("$.violations[*].field", hasItem("identifierType")))
        .andExpect(status().isBadRequest());
    // an identifier that is no valid IBAN finds nothing (and is still audited)
    search(NL_PROSECUTOR, "purpose=check&identifierType=IBAN&identifier=DE00123")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(0));
    search(RequestFlow.token("agency-nl", "PLATFORM_ADMIN"), "purpose=check&caseReference=X")
        .andExpect(status().isForbidden());
  }
}
