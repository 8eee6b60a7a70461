package org.sequestra.registry.ownership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlProsecutor;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;

class OwnershipApiTest extends RegistryIntegrationTest {

  private Fixtures given;
  private String caseId;
  private String assetId;
  private String alice;
  private String bob;

  @BeforeEach
  void aPropertyWithTwoPeople() throws Exception {
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
    assetId =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"REAL_ESTATE\",\"description\":\"Villa\",\"identifiers\":"
                + "{\"cadastralReference\":\"ASD01 M 1234 A 0001\",\"cadastralCountry\":\"NL\"}}");
    alice = given.person(nlAnalyst(), caseId, "Alice");
    bob = given.person(nlAnalyst(), caseId, "Bob");
  }

  private ResultActions link(String subjectId, String kind, String share, String start, String end)
      throws Exception {
    StringBuilder json =
        new StringBuilder("{\"subjectId\":\"" + subjectId + "\",\"kind\":\"" + kind + "\"");
    if (share != null) {
      json.append(",\"sharePercentage\":\"").append(share).append('"');
    }
    if (start != null) {
      json.append(",\"startDate\":\"").append(start).append('"');
    }
    if (end != null) {
      json.append(",\"endDate\":\"").append(end).append('"');
    }
    return given.postJson(nlAnalyst(), "/api/v1/assets/" + assetId + "/owners", json + "}");
  }

  @Test
  void aSubjectBecomesLegalOwnerOfAShareForAPeriod() throws Exception {
    link(alice, "LEGAL", "50", "2020-01-01", null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assetId").value(assetId))
        .andExpect(jsonPath("$.subjectId").value(alice))
        .andExpect(jsonPath("$.kind").value("LEGAL"))
        .andExpect(jsonPath("$.sharePercentage").value("50"))
        .andExpect(jsonPath("$.startDate").value("2020-01-01"))
        .andExpect(jsonPath("$.endDate").doesNotExist());
  }

  @Test
  void legalSharesOverlappingInTimeMayNotExceedOneHundredPercent() throws Exception {
    link(alice, "LEGAL", "60", "2020-01-01", null).andExpect(status().isCreated());
    link(bob, "LEGAL", "50", "2021-03-01", null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:legal-shares-exceed-100"))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Legal shares of this asset would sum to 110 % on 2021-03-01; overlapping"
                        + " legal shares may not exceed 100 %."));
    link(bob, "LEGAL", "40", "2021-03-01", null).andExpect(status().isCreated());
    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId + "/owners")
        .andExpect(jsonPath("$.items[*].subjectId", contains(alice, bob)));
  }

  @Test
  void aFullOwnerMayBeSucceededByAnotherFullOwnerWhenThePeriodsDoNotOverlap() throws Exception {
    link(alice, "LEGAL", "100", "2015-05-01", "2022-09-15").andExpect(status().isCreated());
    link(bob, "LEGAL", "100", "2022-09-15", null).andExpect(status().isCreated());
    // but not a day earlier
    link(bob, "LEGAL", "100", "2022-09-14", "2022-09-15")
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void otherKindsOfLinkDoNotCountTowardsTheLegalShares() throws Exception {
    link(alice, "LEGAL", "100", null, null).andExpect(status().isCreated());
    link(bob, "BENEFICIAL", "100", null, null).andExpect(status().isCreated());
    link(bob, "NOMINEE", null, null, null).andExpect(status().isCreated());
    link(bob, "CONTROL", null, "2024-01-01", null).andExpect(status().isCreated());
    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId + "/owners")
        .andExpect(jsonPath("$.items", hasSize(4)));
  }

  @Test
  void sharesAndPeriodsMustMakeSense() throws Exception {
    link(alice, "LEGAL", "0", null, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("sharePercentage"))
        .andExpect(
            jsonPath("$.violations[0].reason").value("must be greater than 0 and at most 100"));
    link(alice, "LEGAL", "100.5", null, null).andExpect(status().isBadRequest());
    link(alice, "LEGAL", "-5", null, null).andExpect(status().isBadRequest());
    link(alice, "LEGAL", null, null, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].reason").value("is required for LEGAL ownership"));
    link(alice, "BENEFICIAL", "50", "2024-01-01", "2023-01-01")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("endDate"));
  }

  @Test
  void theOwnerMustBeASubjectOfTheAssetsCase() throws Exception {
    String otherCase = given.openCase(nlAnalyst());
    String stranger = given.person(nlAnalyst(), otherCase, "Stranger");
    link(stranger, "LEGAL", "10", null, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("subjectId"))
        .andExpect(
            jsonPath("$.violations[0].reason").value("is not a subject of the asset's case"));
  }

  @Test
  void anotherAgencyNeitherSeesNorChangesTheOwners() throws Exception {
    link(alice, "LEGAL", "100", null, null).andExpect(status().isCreated());
    given
        .get(esAnalyst(), "/api/v1/assets/" + assetId + "/owners")
        .andExpect(status().isNotFound());
    given
        .postJson(
            esAnalyst(),
            "/api/v1/assets/" + assetId + "/owners",
            "{\"subjectId\":\"" + bob + "\",\"kind\":\"CONTROL\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyAnalystsLinkOwnersAndProsecutorsDoNotReadThem() throws Exception {
    given
        .postJson(
            nlSupervisor(),
            "/api/v1/assets/" + assetId + "/owners",
            "{\"subjectId\":\"" + bob + "\",\"kind\":\"CONTROL\"}")
        .andExpect(status().isForbidden());
    given
        .get(nlProsecutor(), "/api/v1/assets/" + assetId + "/owners")
        .andExpect(status().isNotFound());
  }
}
