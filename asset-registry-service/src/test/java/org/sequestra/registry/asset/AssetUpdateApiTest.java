package org.sequestra.registry.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.sequestra.registry.Fixtures.uniqueSpanishIban;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;

/** Correcting an asset: optimistic locking, the registration's checks, and hit/no-hit again. */
class AssetUpdateApiTest extends RegistryIntegrationTest {

  private Fixtures given;
  private String caseId;

  @BeforeEach
  void openCase() throws Exception {
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
  }

  private String etag(String assetId) throws Exception {
    return given
        .get(nlAnalyst(), "/api/v1/assets/" + assetId)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getHeader("ETag");
  }

  private String path(String assetId) {
    return "/api/v1/assets/" + assetId;
  }

  @Test
  void aChangeNeedsTheCurrentETagAndAnswersWithTheNextOne() throws Exception {
    String assetId = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));
    String read = etag(assetId);
    assertThat(read).isEqualTo("\"0\"");

    String changed =
        given
            .patchJson(
                nlSupervisor(),
                path(assetId),
                read,
                "{\"description\":\"Savings account, joint\",\"locationCountry\":\"be\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.description").value("Savings account, joint"))
            .andExpect(jsonPath("$.locationCountry").value("BE"))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    assertThat(changed).isNotEqualTo(read);
    assertThat(etag(assetId)).isEqualTo(changed);

    // a second editor who read before the change is told, and changes nothing
    given
        .patchJson(nlAnalyst(), path(assetId), read, "{\"description\":\"Stale edit\"}")
        .andExpect(status().isPreconditionFailed())
        .andExpect(content().contentType(PROBLEM));
    given
        .patchJson(nlAnalyst(), path(assetId), null, "{\"description\":\"Blind edit\"}")
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentType(PROBLEM));
    given
        .get(nlAnalyst(), path(assetId))
        .andExpect(jsonPath("$.description").value("Savings account, joint"));
  }

  @Test
  void identifiersAreValidatedAsOnRegistration() throws Exception {
    String assetId = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));
    given
        .patchJson(
            nlAnalyst(),
            path(assetId),
            etag(assetId),
            "{\"identifiers\":{\"iban\":\"NL00ABNA0417164300\"},\"locationCountry\":\"ZZ\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("identifiers.iban"))
        .andExpect(jsonPath("$.violations[0].reason").isNotEmpty())
        .andExpect(jsonPath("$.violations[1].field").value("locationCountry"))
        .andExpect(jsonPath("$.violations[1].reason").value("unknown ISO 3166-1 country code ZZ"));
    given
        .patchJson(
            nlAnalyst(),
            path(assetId),
            etag(assetId),
            "{\"identifiers\":{\"vin\":\"WP0ZZZ99ZTS392124\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("identifiers.vin"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value("is not an identifier of assets of type BANK_ACCOUNT"));
    given
        .patchJson(nlAnalyst(), path(assetId), etag(assetId), "{\"description\":\"  \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("description"));
  }

  @Test
  void aNewVinIsNormalisedAndItsNonBindingCheckBecomesTheWarning() throws Exception {
    String car =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"VEHICLE\",\"description\":\"Porsche\",\"identifiers\":{\"vin\":\"1m8gdm9axkp042788\"}}");
    given.get(nlAnalyst(), path(car)).andExpect(jsonPath("$.warnings", empty()));

    given
        .patchJson(
            nlAnalyst(), path(car), etag(car), "{\"identifiers\":{\"vin\":\"wp0zzz99zts392124\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.identifiers.vin").value("WP0ZZZ99ZTS392124"))
        .andExpect(
            jsonPath("$.warnings[0]")
                .value("VIN check digit does not match (not binding outside North America)"));
    // a North American VIN's check digit stays binding
    given
        .patchJson(
            nlAnalyst(), path(car), etag(car), "{\"identifiers\":{\"vin\":\"5GZCZ43D13S812716\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("identifiers.vin"));
  }

  @Test
  void aCorrectedIbanThatAnotherAgencyHoldsIsAHitForBoth() throws Exception {
    String esCase = given.openCase(esAnalyst());
    String iban = uniqueSpanishIban();
    String esAccount = given.asset(esAnalyst(), esCase, bankAccount(iban));
    // NL first registered a mistyped (but valid) IBAN: no hit
    String nlAccount = given.asset(nlAnalyst(), caseId, bankAccount(uniqueSpanishIban()));
    assertThat(hitsOn(nlAnalyst(), nlAccount)).isEmpty();

    given
        .patchJson(
            nlAnalyst(),
            path(nlAccount),
            etag(nlAccount),
            "{\"identifiers\":{\"iban\":\"" + iban.toLowerCase() + "\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.identifiers.iban").value(iban));

    assertThat(hitsOn(nlAnalyst(), nlAccount))
        .singleElement()
        .satisfies(
            hit ->
                assertThat(hit)
                    .containsEntry("identifierType", "IBAN")
                    .containsEntry("otherAgency", "ES-ARO"));
    assertThat(hitsOn(esAnalyst(), esAccount))
        .singleElement()
        .satisfies(hit -> assertThat(hit).containsEntry("otherAgency", "NL-ARO"));
    // the asset is found under its new identifier only
    given
        .get(nlAnalyst(), "/api/v1/assets?identifier=" + iban)
        .andExpect(jsonPath("$.items[0].id").value(nlAccount))
        .andExpect(jsonPath("$.page.totalElements").value(1));
  }

  /**
   * Identifiers are a set: a change removes the rows of the identifiers that went, keeps the others
   * and adds the new ones.
   */
  @Test
  void changedIdentifiersReplaceOnlyWhatChanged() throws Exception {
    String iban = uniqueDutchIban();
    String account =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Account\",\"identifiers\":"
                + "{\"iban\":\""
                + iban
                + "\",\"bic\":\"ABNANL2A\"}}");
    given
        .patchJson(
            nlAnalyst(),
            path(account),
            etag(account),
            "{\"identifiers\":{\"iban\":\"" + iban + "\",\"bic\":\"DEUTDEFF\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.identifiers.iban").value(iban))
        .andExpect(jsonPath("$.identifiers.bic").value("DEUTDEFF"))
        .andExpect(jsonPath("$.warnings.length()").value(1));
    given
        .get(nlAnalyst(), path(account))
        .andExpect(jsonPath("$.identifiers.iban").value(iban))
        .andExpect(jsonPath("$.identifiers.bic").value("DEUTDEFF"));
    given
        .get(nlAnalyst(), "/api/v1/assets?caseId=" + caseId + "&identifier=ABNANL2A")
        .andExpect(jsonPath("$.items", empty()));

    // the same identifiers again change nothing; dropping the BIC keeps the IBAN
    given
        .patchJson(
            nlAnalyst(),
            path(account),
            etag(account),
            "{\"identifiers\":{\"iban\":\"" + iban + "\",\"bic\":\"DEUTDEFF\"}}")
        .andExpect(status().isOk());
    given
        .patchJson(
            nlAnalyst(),
            path(account),
            etag(account),
            "{\"identifiers\":{\"iban\":\"" + iban + "\"}}")
        .andExpect(status().isOk());
    given
        .get(nlAnalyst(), path(account))
        .andExpect(jsonPath("$.identifiers.iban").value(iban))
        .andExpect(jsonPath("$.identifiers.bic").doesNotExist())
        .andExpect(jsonPath("$.warnings", empty()));
    given
        .get(nlAnalyst(), "/api/v1/assets?identifier=" + iban)
        .andExpect(jsonPath("$.items[0].id").value(account))
        .andExpect(jsonPath("$.page.totalElements").value(1));
  }

  @Test
  void anotherAgencyCannotChangeAnAssetItDoesNotSee() throws Exception {
    String assetId = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));
    given
        .patchJson(esAnalyst(), path(assetId), "\"0\"", "{\"description\":\"Mine now\"}")
        .andExpect(status().isNotFound())
        .andExpect(header().doesNotExist("ETag"));
  }

  private List<Map<String, Object>> hitsOn(String bearer, String assetId) throws Exception {
    String body =
        given
            .get(bearer, "/api/v1/hits?size=200")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[?(@.yourAssetId == '" + assetId + "')]");
  }
}
