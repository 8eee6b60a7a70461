package org.sequestra.registry.cases;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.cases.CaseRequests.esAnalyst;
import static org.sequestra.registry.cases.CaseRequests.esSupervisor;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlSupervisor;
import static org.sequestra.registry.cases.CaseRequests.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The executing side of a freezing request reads the case while the request gives it access: the
 * freezing-service grants and withdraws that access with the issuing side's token.
 */
class ExecutingAccessTest extends RegistryIntegrationTest {

  private static final String ISSUING_AUTHORITY = token("agency-nl", "ISSUING_AUTHORITY");

  private CaseRequests requests;
  private Fixtures given;
  private String caseId;
  private String assetId;
  private final String freezingRequest = UUID.randomUUID().toString();

  @BeforeEach
  void anNlCaseWithAnAsset() throws Exception {
    requests = new CaseRequests(mvc);
    given = new Fixtures(mvc);
    caseId = requests.open(nlAnalyst());
    assetId = given.asset(nlAnalyst(), caseId, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
  }

  private ResultActions grant(String bearer, String agency, String request) throws Exception {
    return mvc.perform(
        put("/internal/v1/cases/" + caseId + "/executing-agencies/" + agency)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"freezingRequestId\":\"" + request + "\"}"));
  }

  private ResultActions withdraw(String bearer, String agency, String request) throws Exception {
    return mvc.perform(
        delete(
                "/internal/v1/cases/"
                    + caseId
                    + "/executing-agencies/"
                    + agency
                    + "?freezingRequestId="
                    + request)
            .header("Authorization", bearer));
  }

  private void esSeesTheCase(boolean sees) throws Exception {
    requests.read(esAnalyst(), caseId).andExpect(sees ? status().isOk() : status().isNotFound());
    given
        .get(esAnalyst(), "/api/v1/cases/" + caseId + "/assets")
        .andExpect(sees ? status().isOk() : status().isNotFound());
    given
        .get(esAnalyst(), "/api/v1/assets/" + assetId)
        .andExpect(sees ? status().isOk() : status().isNotFound());
    given
        .get(esAnalyst(), "/api/v1/assets?size=200")
        .andExpect(jsonPath("$.items[*].id", sees ? hasItem(assetId) : not(hasItem(assetId))));
    requests
        .list(esAnalyst(), "size=200")
        .andExpect(jsonPath("$.items[*].id", sees ? hasItem(caseId) : not(hasItem(caseId))));
    given
        .get(esAnalyst(), "/api/v1/freeze-status?assetId=" + assetId + "&purpose=execution")
        .andExpect(sees ? status().isOk() : status().isNotFound());
  }

  @Test
  void theExecutingAgencyReadsTheCaseUntilTheAccessIsWithdrawn() throws Exception {
    esSeesTheCase(false);

    grant(ISSUING_AUTHORITY, "ES-ARO", freezingRequest)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.agency").value("ES-ARO"))
        .andExpect(jsonPath("$.freezingRequestId").value(freezingRequest));
    esSeesTheCase(true);
    requests.read(esAnalyst(), caseId).andExpect(jsonPath("$.access").value("READ_ONLY"));
    // read-only: the executing side adds nothing to the issuing side's case
    given
        .registerAsset(esAnalyst(), caseId, Fixtures.bankAccount(Fixtures.uniqueDutchIban()))
        .andExpect(status().isForbidden());

    withdraw(ISSUING_AUTHORITY, "ES-ARO", freezingRequest).andExpect(status().isNoContent());
    esSeesTheCase(false);
  }

  @Test
  void grantingAgainChangesNothingAndEachFreezingRequestKeepsItsOwnAccess() throws Exception {
    String second = UUID.randomUUID().toString();
    grant(ISSUING_AUTHORITY, "ES-ARO", freezingRequest).andExpect(status().isCreated());
    grant(nlSupervisor(), "ES-ARO", freezingRequest).andExpect(status().isOk());
    grant(nlSupervisor(), "ES-ARO", second).andExpect(status().isCreated());

    withdraw(ISSUING_AUTHORITY, "ES-ARO", freezingRequest).andExpect(status().isNoContent());
    esSeesTheCase(true);
    withdraw(ISSUING_AUTHORITY, "ES-ARO", second).andExpect(status().isNoContent());
    esSeesTheCase(false);
    withdraw(ISSUING_AUTHORITY, "ES-ARO", second).andExpect(status().isNoContent());
  }

  @Test
  void onlyTheIssuingSideOfTheOwningAgencyGrants() throws Exception {
    grant(esSupervisor(), "ES-ARO", freezingRequest).andExpect(status().isNotFound());
    grant(token("agency-es", "ISSUING_AUTHORITY"), "CO-ARO", freezingRequest)
        .andExpect(status().isNotFound());
    grant(nlAnalyst(), "ES-ARO", freezingRequest).andExpect(status().isForbidden());
    withdraw(esSupervisor(), "ES-ARO", freezingRequest).andExpect(status().isNotFound());

    // a share does not make another agency the issuing side
    requests.shareWith(caseId, "ES-ARO", "CONTRIBUTOR");
    grant(esSupervisor(), "CO-ARO", freezingRequest).andExpect(status().isNotFound());
  }

  @Test
  void theAgencyMustBeKnownAndNotTheOwner() throws Exception {
    grant(ISSUING_AUTHORITY, "XX-ARO", freezingRequest)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(Fixtures.PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("agencyCode"));
    grant(ISSUING_AUTHORITY, "NL-ARO", freezingRequest)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("agencyCode"));
    withdraw(ISSUING_AUTHORITY, "ES-ARO", "not-a-uuid").andExpect(status().isBadRequest());
  }

  @Test
  void empactClientsOfTheExecutingAgencyStillSeeSharedCasesOnly() throws Exception {
    grant(ISSUING_AUTHORITY, "ES-ARO", freezingRequest).andExpect(status().isCreated());
    requests
        .read(token("agency-es", "EMPACT_INTEGRATION"), caseId)
        .andExpect(status().isNotFound());
    requests.read(token("agency-es", "PROSECUTOR"), caseId).andExpect(status().isNotFound());
  }
}
