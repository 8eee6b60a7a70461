package org.sequestra.registry.freeze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.sequestra.registry.LifecycleFixture.act;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.LifecycleFixture;
import org.sequestra.registry.LifecycleFixture.Value;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** A prosecutor asks: is this asset frozen, since when, under which order, executed where? */
class FreezeStatusApiTest extends RegistryIntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private Fixtures given;
  private LifecycleFixture lifecycle;
  private final String nlProsecutor =
      TestIssuers.token("agency-nl").username("officier-jansen").roles("PROSECUTOR").bearer();
  private final String esProsecutor =
      TestIssuers.token("agency-es").username("fiscal-ruiz").roles("PROSECUTOR").bearer();
  private final String nlAuditor = TestIssuers.token("agency-nl").roles("AUDITOR").bearer();

  private String caseReference;
  private String caseId;
  private String iban;
  private String assetId;

  @BeforeEach
  void anNlCaseWithAFrozenAccountOfAnOwner() throws Exception {
    given = new Fixtures(mvc);
    lifecycle = new LifecycleFixture(mvc, jdbc);
    caseReference = "NL-OM/FRZ/" + UUID.randomUUID().toString().substring(0, 8);
    caseId =
        Fixtures.id(
            given
                .postJson(
                    nlAnalyst(),
                    "/api/v1/cases",
                    "{\"nationalReference\":\"" + caseReference + "\",\"title\":\"Tulip\"}")
                .andExpect(status().isCreated()));
    iban = uniqueDutchIban();
    assetId = given.asset(nlAnalyst(), caseId, bankAccount(iban));
    String owner = given.person(nlAnalyst(), caseId, "Vermeulen");
    given
        .postJson(
            nlAnalyst(),
            "/api/v1/assets/" + assetId + "/owners",
            "{\"subjectId\":\"" + owner + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"100\"}")
        .andExpect(status().isCreated());
    lifecycle.freezeRequested(assetId, act("RB-AMS/2026/17", "2026-03-02", "NL", null));
    lifecycle.frozen(assetId, act("RB-AMS/2026/17", "2026-03-02", "NL", Value.eur("48250.00")));
  }

  private ResultActions lookUp(String bearer, String query) throws Exception {
    return given.get(bearer, "/api/v1/freeze-status?" + query);
  }

  /** Query values as typed: the request builder encodes them (as a URI template). */
  private static String purpose(String text) {
    return "purpose=" + text;
  }

  private static String iban(String value) {
    return "identifierType=IBAN&identifier=" + value;
  }

  @Test
  void byIbanInAnyUsualSpellingTheProsecutorLearnsSinceWhenUnderWhichOrderAndWhere()
      throws Exception {
    String typed =
        (iban.substring(0, 4) + " " + iban.substring(4, 8) + " " + iban.substring(8)).toLowerCase();
    lookUp(nlProsecutor, iban(typed) + "&" + purpose("OM Amsterdam, confiscation hearing"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(1))
        .andExpect(jsonPath("$.items[0].assetId").value(assetId))
        .andExpect(jsonPath("$.items[0].assetType").value("BANK_ACCOUNT"))
        .andExpect(jsonPath("$.items[0].matchedIdentifier.field").value("iban"))
        .andExpect(jsonPath("$.items[0].matchedIdentifier.value").value(iban))
        .andExpect(jsonPath("$.items[0].status").value("FROZEN"))
        .andExpect(jsonPath("$.items[0].frozen").value(true))
        .andExpect(jsonPath("$.items[0].statusSince").value("2026-03-02T12:00:00Z"))
        .andExpect(jsonPath("$.items[0].freeze.since").value("2026-03-02T12:00:00Z"))
        .andExpect(jsonPath("$.items[0].freeze.orderReference").value("RB-AMS/2026/17"))
        .andExpect(jsonPath("$.items[0].freeze.issuingAuthority").value("Court of NL"))
        .andExpect(jsonPath("$.items[0].freeze.orderDate").value("2026-03-02"))
        .andExpect(jsonPath("$.items[0].freeze.executingCountry").value("NL"))
        .andExpect(jsonPath("$.items[0].owningAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.items[0].caseReference").value(caseReference))
        // no personal data: the owner stays out of the answer
        .andExpect(content().string(not(containsString("Vermeulen"))))
        .andExpect(jsonPath("$.items[0].owners").doesNotExist());
  }

  @Test
  void byAssetIdAndByCaseReference() throws Exception {
    String unfrozen = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));

    lookUp(nlProsecutor, "assetId=" + assetId + "&" + purpose("check"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.items[0].frozen").value(true))
        .andExpect(jsonPath("$.items[0].identifiers[0].field").value("iban"))
        .andExpect(jsonPath("$.items[0].identifiers[0].value").value(iban))
        .andExpect(jsonPath("$.items[0].matchedIdentifier").doesNotExist());

    lookUp(nlProsecutor, "caseReference=" + caseReference.toLowerCase() + "&" + purpose("check"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(2))
        .andExpect(jsonPath("$.items[?(@.assetId == '" + assetId + "')].frozen").value(true))
        .andExpect(jsonPath("$.items[?(@.assetId == '" + unfrozen + "')].frozen").value(false))
        .andExpect(
            jsonPath("$.items[?(@.assetId == '" + unfrozen + "')].status").value("IDENTIFIED"))
        .andExpect(
            jsonPath("$.items[?(@.assetId == '" + unfrozen + "')].freeze", contains(nullValue())));
  }

  @Test
  void aReleasedAssetIsNoLongerFrozenButTheFreezeStaysOnRecord() throws Exception {
    lifecycle.released(assetId, act("RB-AMS/2026/40", "2026-05-04", "NL", null));

    lookUp(nlProsecutor, "assetId=" + assetId + "&" + purpose("check"))
        .andExpect(jsonPath("$.items[0].status").value("RELEASED"))
        .andExpect(jsonPath("$.items[0].frozen").value(false))
        .andExpect(jsonPath("$.items[0].statusSince").value("2026-05-04T12:00:00Z"))
        .andExpect(jsonPath("$.items[0].freeze.orderReference").value("RB-AMS/2026/17"));
  }

  @Test
  void aLookUpWithoutPurposeIsRefused() throws Exception {
    lookUp(nlProsecutor, "assetId=" + assetId)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("purpose"));
    lookUp(nlProsecutor, "assetId=" + assetId + "&purpose=  ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("purpose"))
        .andExpect(jsonPath("$.violations[0].reason").value("must not be blank"));
    lookUp(nlProsecutor, "assetId=" + assetId + "&" + purpose("x".repeat(501)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("purpose"));
  }

  @Test
  void exactlyOneKeyAndAValidIdentifier() throws Exception {
    lookUp(nlProsecutor, purpose("check"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].reason", containsString("exactly one")));
    lookUp(nlProsecutor, "assetId=" + assetId + "&caseReference=X&" + purpose("check"))
        .andExpect(status().isBadRequest());
    lookUp(nlProsecutor, "identifier=" + iban + "&" + purpose("check"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("identifierType"));
    lookUp(nlProsecutor, iban("NL00ABNA0000000000") + "&" + purpose("check"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("identifier"));
  }

  @Test
  void everyLookUpIsAuditedWithItsPurposeAlsoWhenNothingIsFound() throws Exception {
    Instant start = Instant.now().minusMillis(1);
    String found = "Found: OM Amsterdam " + UUID.randomUUID();
    String nothing = "Nothing: OM Amsterdam " + UUID.randomUUID();
    lookUp(nlProsecutor, iban(iban) + "&" + purpose(found)).andExpect(status().isOk());
    lookUp(nlProsecutor, iban(uniqueDutchIban()) + "&" + purpose(nothing))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(0)));
    lookUp(nlProsecutor, "assetId=" + UUID.randomUUID() + "&" + purpose(nothing))
        .andExpect(status().isNotFound());

    String body =
        given
            .get(nlAuditor, "/api/v1/audit/entries?size=200&from=" + start)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Map<String, Object>> withFound =
        JsonPath.read(body, "$.items[?(@.purpose == '" + found + "')]");
    assertThat(withFound).hasSize(1);
    assertThat(withFound.getFirst())
        .containsEntry("action", "freeze-status.lookup")
        .containsEntry("username", "officier-jansen")
        .containsEntry("agency", "NL-ARO")
        .containsEntry("objectAgency", "NL-ARO")
        .containsEntry("objectType", "identifier")
        .containsEntry("objectId", "IBAN:" + iban);
    assertThat((String) withFound.getFirst().get("detail")).contains(assetId);
    List<Map<String, Object>> withNothing =
        JsonPath.read(body, "$.items[?(@.purpose == '" + nothing + "')]");
    assertThat(withNothing)
        .extracting(entry -> entry.get("objectType"))
        .containsExactly("identifier", "asset");
  }

  @Test
  void aProsecutorOfAnotherCountryFindsNothing() throws Exception {
    lookUp(esProsecutor, iban(iban) + "&" + purpose("Fiscalía Anticorrupción"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(0)))
        .andExpect(jsonPath("$.page.totalElements").value(0));
    lookUp(esProsecutor, "caseReference=" + caseReference + "&" + purpose("check"))
        .andExpect(jsonPath("$.items", hasSize(0)));
    lookUp(esProsecutor, "assetId=" + assetId + "&" + purpose("check"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void aProsecutorSeesAnotherCountrysAssetFrozenInTheirOwnCountry() throws Exception {
    String heldInSpain = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));
    lifecycle.freezeRequested(heldInSpain, act("JCI-MADRID/2026/311", "2026-04-08", "ES", null));
    lifecycle.frozen(
        heldInSpain, act("JCI-MADRID/2026/311", "2026-04-10", "ES", Value.eur("350000.00")));

    lookUp(esProsecutor, "caseReference=" + caseReference + "&" + purpose("execution in Spain"))
        .andExpect(jsonPath("$.page.totalElements").value(1))
        .andExpect(jsonPath("$.items[0].assetId").value(heldInSpain))
        .andExpect(jsonPath("$.items[0].freeze.executingCountry").value("ES"))
        .andExpect(jsonPath("$.items[0].freeze.orderReference").value("JCI-MADRID/2026/311"));
    lookUp(esProsecutor, "assetId=" + heldInSpain + "&" + purpose("check"))
        .andExpect(status().isOk());
  }

  @Test
  void arosLookUpTheCasesTheyMayReadOnly() throws Exception {
    String esAnalyst = TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer();
    lookUp(nlAnalyst(), iban(iban) + "&" + purpose("own case"))
        .andExpect(jsonPath("$.items", hasSize(1)));
    lookUp(esAnalyst, iban(iban) + "&" + purpose("curious"))
        .andExpect(jsonPath("$.items", hasSize(0)));

    given
        .postJson(
            TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer(),
            "/api/v1/cases/" + caseId + "/shares",
            "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isCreated());
    lookUp(esAnalyst, iban(iban) + "&" + purpose("shared case"))
        .andExpect(jsonPath("$.items", hasSize(1)));
  }

  @Test
  void otherRolesMayNotLookUp() throws Exception {
    String empact = TestIssuers.token("agency-nl").roles("EMPACT_INTEGRATION").bearer();
    lookUp(empact, "assetId=" + assetId + "&" + purpose("check")).andExpect(status().isForbidden());
  }
}
