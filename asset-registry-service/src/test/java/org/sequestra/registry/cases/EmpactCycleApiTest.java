package org.sequestra.registry.cases;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.token;
import static org.sequestra.registry.cases.CaseRequests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The EMPACT taxonomy versioned by policy cycle: a case's priorities come from the cycle in force
 * on its opening date, or from the one chosen.
 */
class EmpactCycleApiTest extends RegistryIntegrationTest {

  private static final String ALLOWED_2026 =
      "allowed: MOST_THREATENING_CRIMINAL_NETWORKS_AND_INDIVIDUALS, FASTEST_GROWING_ONLINE_CRIMES,"
          + " CYBER_ATTACKS, ONLINE_CHILD_SEXUAL_EXPLOITATION, ONLINE_FRAUD_SCHEMES,"
          + " DRUGS_TRAFFICKING, MIGRANT_SMUGGLING_AND_TRAFFICKING_IN_HUMAN_BEINGS,"
          + " FIREARMS_AND_EXPLOSIVES, ENVIRONMENTAL_CRIME, ECONOMIC_AND_FINANCIAL_CRIME,"
          + " VAT_FRAUD, INTELLECTUAL_PROPERTY_CRIME";

  private CaseRequests requests;
  private String prefix;

  @BeforeEach
  void setUp() {
    requests = new CaseRequests(mvc);
    prefix = "NL-ARO/EC_" + unique() + "/";
  }

  /** {@code extra} is more JSON members, e.g. {@code ,"empactCycle":"2022-2025"}. */
  private ResultActions create(String openedOn, String priorities, String extra) throws Exception {
    return requests.create(
        nlAnalyst(),
        "{\"nationalReference\":\""
            + prefix
            + unique()
            + "\",\"title\":\"t\",\"openedOn\":\""
            + openedOn
            + "\",\"empactPriorities\":["
            + priorities
            + "]"
            + extra
            + "}");
  }

  private String open(String openedOn, String priorities, String extra) throws Exception {
    String body =
        create(openedOn, priorities, extra)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private ResultActions taxonomy(String query) throws Exception {
    return mvc.perform(
        get("/api/v1/empact-priorities" + query)
            .header("Authorization", token("agency-co", "PROSECUTOR")));
  }

  @Test
  void aCaseOpenedIn2026TakesThe2026To2029CycleAndRefusesCodesOf2022To2025() throws Exception {
    create("2026-03-01", "\"FIREARMS_AND_EXPLOSIVES\",\"VAT_FRAUD\"", "")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.empactCycle").value("2026-2029"))
        .andExpect(
            jsonPath("$.empactPriorities", contains("FIREARMS_AND_EXPLOSIVES", "VAT_FRAUD")));

    create("2026-03-01", "\"FIREARMS_AND_EXPLOSIVES\",\"HIGH_RISK_CRIMINAL_NETWORKS\"", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(Fixtures.PROBLEM))
        .andExpect(jsonPath("$.violations.length()").value(1))
        .andExpect(jsonPath("$.violations[0].field").value("empactPriorities[1]"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value(
                    "'HIGH_RISK_CRIMINAL_NETWORKS' is a priority of the EMPACT cycle 2022-2025,"
                        + " not of the case's EMPACT cycle 2026-2029; "
                        + ALLOWED_2026));
  }

  @Test
  void aCaseOpenedIn2024TakesThe2022To2025CycleAndRefusesCodesOf2026To2029() throws Exception {
    create("2024-05-01", "\"HIGH_RISK_CRIMINAL_NETWORKS\",\"DOCUMENT_FRAUD\"", "")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.empactCycle").value("2022-2025"))
        .andExpect(
            jsonPath(
                "$.empactPriorities", contains("DOCUMENT_FRAUD", "HIGH_RISK_CRIMINAL_NETWORKS")));

    create("2024-05-01", "\"VAT_FRAUD\"", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(Fixtures.PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("empactPriorities[0]"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value(
                    containsString(
                        "'VAT_FRAUD' is a priority of the EMPACT cycle 2026-2029, not of the"
                            + " case's EMPACT cycle 2022-2025; allowed: HIGH_RISK_CRIMINAL_NETWORKS,"
                            + " CYBER_ATTACKS,")));
  }

  @Test
  void anExplicitCycleWinsOverTheOpeningDate() throws Exception {
    create("2024-05-01", "\"FIREARMS_AND_EXPLOSIVES\"", ",\"empactCycle\":\"2026-2029\"")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.empactCycle").value("2026-2029"));
    create("2026-03-01", "\"ORGANISED_PROPERTY_CRIME\"", ",\"empactCycle\":\"2022-2025\"")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.empactCycle").value("2022-2025"));
    create("2026-03-01", "\"FIREARMS_AND_EXPLOSIVES\"", ",\"empactCycle\":\"2022-2025\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactPriorities[0]"));
    create("2026-03-01", "", ",\"empactCycle\":\"2018-2021\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactCycle"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value("'2018-2021' is not an EMPACT cycle; configured: 2022-2025, 2026-2029"));
  }

  @Test
  void aCaseOpenedWhenNoCycleWasInForceNeedsOneChosenForItsPriorities() throws Exception {
    create("2019-06-01", "", "")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.empactCycle").doesNotExist());
    create("2019-06-01", "\"DRUGS_TRAFFICKING\"", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactPriorities"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value(
                    "no EMPACT cycle was in force on 2019-06-01, the case's opening date; choose"
                        + " one in empactCycle: 2022-2025, 2026-2029"));
    create("2019-06-01", "\"DRUGS_TRAFFICKING\"", ",\"empactCycle\":\"2022-2025\"")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.empactCycle").value("2022-2025"));
  }

  @Test
  void anUpdateKeepsTheCaseInItsCycleUnlessItMovesItWithPrioritiesThatFit() throws Exception {
    String caseId = open("2024-05-01", "\"HIGH_RISK_CRIMINAL_NETWORKS\"", "");

    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"empactPriorities\":[\"VAT_FRAUD\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactPriorities[0]"));
    requests
        .update(nlAnalyst(), caseId, "\"0\"", "{\"empactCycle\":\"2026-2029\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactCycle"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value(containsString("the case's priorities HIGH_RISK_CRIMINAL_NETWORKS")));
    requests
        .update(
            nlAnalyst(),
            caseId,
            "\"0\"",
            "{\"empactCycle\":\"2026-2029\","
                + "\"empactPriorities\":[\"MOST_THREATENING_CRIMINAL_NETWORKS_AND_INDIVIDUALS\"]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.empactCycle").value("2026-2029"))
        .andExpect(
            jsonPath(
                "$.empactPriorities",
                contains("MOST_THREATENING_CRIMINAL_NETWORKS_AND_INDIVIDUALS")));
    // another change leaves the cycle alone
    requests
        .update(nlAnalyst(), caseId, "\"1\"", "{\"title\":\"Operation Tulip III\"}")
        .andExpect(status().isOk());
    requests
        .read(nlAnalyst(), caseId)
        .andExpect(jsonPath("$.empactCycle").value("2026-2029"))
        .andExpect(
            jsonPath(
                "$.empactPriorities",
                contains("MOST_THREATENING_CRIMINAL_NETWORKS_AND_INDIVIDUALS")));
  }

  @Test
  void theTaxonomyListsEveryCycleWithItsPeriodAndSource() throws Exception {
    taxonomy("")
        .andExpect(status().isOk())
        // today's cycle for the clients of the one-cycle list (these tests run after 2025)
        .andExpect(jsonPath("$.cycle").value("2026-2029"))
        .andExpect(jsonPath("$.items[*].code", hasItem("FIREARMS_AND_EXPLOSIVES")))
        .andExpect(jsonPath("$.items[*].code", not(hasItem("HIGH_RISK_CRIMINAL_NETWORKS"))))
        .andExpect(jsonPath("$.cycles[*].cycle", contains("2022-2025", "2026-2029")))
        .andExpect(jsonPath("$.cycles[0].validFrom").value("2022-01-01"))
        .andExpect(jsonPath("$.cycles[0].validTo").value("2025-12-31"))
        .andExpect(jsonPath("$.cycles[0].source").value("Council conclusions of 26 May 2021"))
        .andExpect(jsonPath("$.cycles[1].validFrom").value("2026-01-01"))
        .andExpect(jsonPath("$.cycles[1].validTo").value("2029-12-31"))
        .andExpect(jsonPath("$.cycles[1].source").value("Council conclusions of 13 June 2025"))
        .andExpect(jsonPath("$.cycles[0].items[*].code", hasItem("ORGANISED_PROPERTY_CRIME")));

    taxonomy("?cycle=2026-2029")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cycle").value("2026-2029"))
        .andExpect(jsonPath("$.cycles[*].cycle", contains("2026-2029")))
        // the seven priorities (and what DESIGN.md names within them as refinements)
        .andExpect(
            jsonPath(
                "$.cycles[0].items[*].code",
                contains(ALLOWED_2026.substring("allowed: ".length()).split(", "))))
        .andExpect(jsonPath("$.cycles[0].items[?(@.parent != null)].code").value(hasSize(5)))
        .andExpect(
            jsonPath(
                "$.items[?(@.parent == 'ECONOMIC_AND_FINANCIAL_CRIME')].code",
                contains("VAT_FRAUD", "INTELLECTUAL_PROPERTY_CRIME")))
        .andExpect(
            jsonPath(
                "$.items[?(@.parent == 'FASTEST_GROWING_ONLINE_CRIMES')].code",
                contains(
                    "CYBER_ATTACKS", "ONLINE_CHILD_SEXUAL_EXPLOITATION", "ONLINE_FRAUD_SCHEMES")));

    taxonomy("?on=2024-05-01")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cycle").value("2022-2025"))
        .andExpect(jsonPath("$.cycles.length()").value(1))
        .andExpect(jsonPath("$.items[*].code", hasItems("DOCUMENT_FRAUD", "MTIC_FRAUD")));

    taxonomy("?on=2019-06-01")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("on"));
    taxonomy("?cycle=2018-2021")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("cycle"));
    taxonomy("?cycle=2022-2025&on=2024-05-01")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("on"));
  }

  @Test
  void theCaseSearchFindsAPriorityInEachCycleAndFiltersByCycle() throws Exception {
    String old = open("2024-05-01", "\"DRUGS_SYNTHETIC_NPS\"", "");
    String current = open("2026-03-01", "\"DRUGS_TRAFFICKING\"", "");
    String untagged = open("2026-03-01", "", "");
    String inPrefix = "size=50&referencePrefix=" + prefix.toLowerCase() + "&";

    requests
        .list(nlAnalyst(), inPrefix + "empactPriority=DRUGS_TRAFFICKING")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(old, current)));
    requests
        .list(nlAnalyst(), inPrefix + "empactPriority=DRUGS_TRAFFICKING&empactCycle=2022-2025")
        .andExpect(jsonPath("$.items[*].id", contains(old)))
        .andExpect(jsonPath("$.items[0].empactCycle").value("2022-2025"));
    requests
        .list(nlAnalyst(), inPrefix + "empactCycle=2026-2029")
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(current, untagged)));
    requests
        .list(nlAnalyst(), inPrefix + "empactPriority=DRUGS_SYNTHETIC_NPS&empactCycle=2026-2029")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactPriority"));
    requests
        .list(nlAnalyst(), inPrefix + "empactCycle=2018-2021")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactCycle"));
  }
}
