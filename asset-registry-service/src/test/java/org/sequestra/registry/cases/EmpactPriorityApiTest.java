package org.sequestra.registry.cases;

import static org.hamcrest.Matchers.hasItems;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.token;
import static org.sequestra.registry.cases.CaseRequests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.RegistryIntegrationTest;

/** Cases are tagged with EMPACT priorities from the configured taxonomy only. */
class EmpactPriorityApiTest extends RegistryIntegrationTest {

  private CaseRequests requests;

  @BeforeEach
  void requests() {
    requests = new CaseRequests(mvc);
  }

  @Test
  void theTaxonomyIsSeededWithThe2022To2025Priorities() throws Exception {
    mvc.perform(
            get("/api/v1/empact-priorities?cycle=2022-2025")
                .header("Authorization", token("agency-co", "PROSECUTOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cycle").value("2022-2025"))
        .andExpect(
            jsonPath(
                "$.items[*].code",
                hasItems(
                    "HIGH_RISK_CRIMINAL_NETWORKS",
                    "CYBER_ATTACKS",
                    "TRAFFICKING_IN_HUMAN_BEINGS",
                    "CHILD_SEXUAL_EXPLOITATION",
                    "MIGRANT_SMUGGLING",
                    "DRUGS_CANNABIS_COCAINE_HEROIN",
                    "DRUGS_SYNTHETIC_NPS",
                    "ONLINE_FRAUD_SCHEMES",
                    "EXCISE_FRAUD",
                    "MTIC_FRAUD",
                    "IP_CRIME_COUNTERFEITING",
                    "CURRENCY_COUNTERFEITING",
                    "ORGANISED_PROPERTY_CRIME",
                    "ENVIRONMENTAL_CRIME",
                    "FIREARMS_TRAFFICKING",
                    "CRIMINAL_FINANCES_MONEY_LAUNDERING_ASSET_RECOVERY")))
        .andExpect(
            jsonPath("$.items[?(@.code == 'MTIC_FRAUD')].parent")
                .value("FRAUD_ECONOMIC_FINANCIAL_CRIMES"));
  }

  @Test
  void aCaseIsOpenedWithItsPrioritiesOffencesAndContactPoint() throws Exception {
    requests
        .create(
            nlAnalyst(),
            """
            {"nationalReference":"NL-ARO/TAX/%s","title":"Cocaine via Rotterdam",
             "offences":["illicit trafficking in narcotic drugs"],"empactCycle":"2022-2025",
             "empactPriorities":["DRUGS_CANNABIS_COCAINE_HEROIN","HIGH_RISK_CRIMINAL_NETWORKS"],
             "contactPoint":{"name":"ARO NL","email":"aro@example.org"}}
            """
                .formatted(unique()))
        .andExpect(status().isCreated())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.offences[0]").value("illicit trafficking in narcotic drugs"))
        .andExpect(jsonPath("$.empactPriorities.length()").value(2))
        .andExpect(jsonPath("$.contactPoint.name").value("ARO NL"))
        .andExpect(jsonPath("$.access").value("OWNER"));
  }

  @Test
  void anUnknownPriorityIsA400NamingIt() throws Exception {
    requests
        .create(
            nlAnalyst(),
            "{\"nationalReference\":\"NL-ARO/TAX/"
                + unique()
                + "\",\"title\":\"x\",\"empactPriorities\":[\"CYBER_ATTACKS\",\"PIRACY\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactPriorities[1]"))
        .andExpect(jsonPath("$.violations[0].reason").value("'PIRACY' is not an EMPACT priority"));

    String caseId = requests.open(nlAnalyst());
    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"empactPriorities\":[\"CYBERCRIME\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("empactPriorities[0] 'CYBERCRIME' is not an EMPACT priority"));
  }
}
