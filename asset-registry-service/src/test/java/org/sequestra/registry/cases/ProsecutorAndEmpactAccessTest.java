package org.sequestra.registry.cases;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.cases.CaseRequests.esAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.token;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;

/**
 * Prosecutors look up freeze status and EMPACT clients read statistics; neither reads case contents
 * through the case, subject and asset endpoints, not even of their own agency, unless a case is
 * explicitly shared with their agency.
 */
class ProsecutorAndEmpactAccessTest extends RegistryIntegrationTest {

  private void seesCaseContents(String bearer, String caseId, String assetId, boolean sees)
      throws Exception {
    Fixtures given = new Fixtures(mvc);
    CaseRequests requests = new CaseRequests(mvc);
    var found = sees ? status().isOk() : status().isNotFound();
    requests.read(bearer, caseId).andExpect(found);
    given.get(bearer, "/api/v1/cases/" + caseId + "/subjects").andExpect(found);
    given.get(bearer, "/api/v1/cases/" + caseId + "/assets").andExpect(found);
    given.get(bearer, "/api/v1/assets/" + assetId).andExpect(found);
    given.get(bearer, "/api/v1/assets/" + assetId + "/owners").andExpect(found);
    given.get(bearer, "/api/v1/assets/" + assetId + "/valuations").andExpect(found);
    given
        .get(bearer, "/api/v1/assets?size=200")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", sees ? hasItem(assetId) : not(hasItem(assetId))));
    requests
        .list(bearer, "size=200")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", sees ? hasItem(caseId) : not(hasItem(caseId))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PROSECUTOR", "EMPACT_INTEGRATION"})
  void notTheirOwnAgencysCasesButCasesSharedWithTheirAgency(String role) throws Exception {
    Fixtures given = new Fixtures(mvc);
    String nlCase = given.openCase(nlAnalyst());
    String nlAsset =
        given.asset(nlAnalyst(), nlCase, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
    String esCase = given.openCase(esAnalyst());
    String esAsset =
        given.asset(esAnalyst(), esCase, Fixtures.bankAccount(Fixtures.uniqueSpanishIban()));
    String nlCaller = token("agency-nl", role);

    seesCaseContents(nlCaller, nlCase, nlAsset, false);
    seesCaseContents(nlCaller, esCase, esAsset, false);

    given
        .postJson(
            token("agency-es", "ARO_SUPERVISOR"),
            "/api/v1/cases/" + esCase + "/shares",
            "{\"agency\":\"NL-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isCreated());
    seesCaseContents(nlCaller, esCase, esAsset, true);
    seesCaseContents(nlCaller, nlCase, nlAsset, false);
  }
}
