package org.sequestra.registry.hit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlProsecutor;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.sequestra.registry.Fixtures.uniqueSpanishIban;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;

class HitApiTest extends RegistryIntegrationTest {

  private Fixtures given;
  private String nlCase;
  private String esCase;

  @BeforeEach
  void oneCaseInEachAgency() throws Exception {
    given = new Fixtures(mvc);
    nlCase = given.openCase(nlAnalyst());
    esCase = given.openCase(esAnalyst());
  }

  /** The hit notifications of the bearer's agency that concern one of its assets. */
  private List<Map<String, Object>> hitsOn(String bearer, String assetId, String query)
      throws Exception {
    String body =
        given
            .get(bearer, "/api/v1/hits?size=200" + query)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[?(@.yourAssetId == '" + assetId + "')]");
  }

  @Test
  void twoAgenciesHoldingTheSameIbanBothHearOfItWithoutSeeingEachOthersCase() throws Exception {
    String iban = uniqueSpanishIban();
    String nlAccount = given.asset(nlAnalyst(), nlCase, bankAccount(iban));
    assertThat(hitsOn(nlAnalyst(), nlAccount, "")).as("no hit while only NL holds it").isEmpty();

    // ES types the IBAN in its printed form: it is matched after normalisation
    String printed = iban.replaceAll("(.{4})", "$1 ").trim().toLowerCase();
    String esAccount = given.asset(esAnalyst(), esCase, bankAccount(printed));

    List<Map<String, Object>> nlHits = hitsOn(nlAnalyst(), nlAccount, "");
    assertThat(nlHits).hasSize(1);
    Map<String, Object> nlHit = nlHits.getFirst();
    assertThat(nlHit)
        .containsEntry("identifierType", "IBAN")
        .containsEntry("otherAgency", "ES-ARO")
        .containsEntry("acknowledged", false)
        .containsKey("detectedAt");
    assertThat(nlHit.get("otherAgencyContactPoint"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("name", "ORGA Spain, asset tracing unit")
        .containsEntry("email", "localizacion@es-aro.example");

    List<Map<String, Object>> esHits = hitsOn(esAnalyst(), esAccount, "");
    assertThat(esHits).hasSize(1);
    assertThat(esHits.getFirst())
        .containsEntry("identifierType", "IBAN")
        .containsEntry("otherAgency", "NL-ARO");

    // the notification reveals nothing of the other side's case or asset
    for (Map<String, Object> hit : List.of(nlHit, esHits.getFirst())) {
      String json = hit.toString();
      assertThat(json)
          .doesNotContain(nlCase)
          .doesNotContain(esCase)
          .doesNotContain("Operation Tulip")
          .doesNotContain(iban);
      assertThat(hit.keySet())
          .containsOnly(
              "id",
              "identifierType",
              "yourAssetId",
              "otherAgency",
              "otherAgencyContactPoint",
              "detectedAt",
              "acknowledged",
              "acknowledgedAt",
              "acknowledgedBy");
    }
    assertThat(nlHit.get("yourAssetId")).isEqualTo(nlAccount);
    assertThat(esHits.getFirst().get("yourAssetId")).isEqualTo(esAccount);

    // and neither may open the other's case or asset
    given.get(esAnalyst(), "/api/v1/cases/" + nlCase).andExpect(status().isNotFound());
    given.get(esAnalyst(), "/api/v1/assets/" + nlAccount).andExpect(status().isNotFound());
    given.get(nlAnalyst(), "/api/v1/cases/" + esCase).andExpect(status().isNotFound());
    given.get(nlAnalyst(), "/api/v1/assets/" + esAccount).andExpect(status().isNotFound());
  }

  @Test
  void theSameIdentifierTwiceInOneAgencyIsNoHit() throws Exception {
    String iban = uniqueDutchIban();
    String first = given.asset(nlAnalyst(), nlCase, bankAccount(iban));
    String second = given.asset(nlAnalyst(), given.openCase(nlAnalyst()), bankAccount(iban));
    assertThat(hitsOn(nlAnalyst(), first, "")).isEmpty();
    assertThat(hitsOn(nlAnalyst(), second, "")).isEmpty();
  }

  @Test
  void walletsMatchOnAddressAndChainWhateverTheCaseOfTheAddress() throws Exception {
    String wallet =
        "{\"type\":\"CRYPTO_WALLET\",\"description\":\"Hot wallet\",\"identifiers\":"
            + "{\"walletAddress\":\"%s\",\"chain\":\"ETHEREUM\"}}";
    // a fresh all-lower-case address has no EIP-55 checksum to get wrong
    String address = "0x" + java.util.UUID.randomUUID().toString().replace("-", "") + "00000000";
    String nlWallet = given.asset(nlAnalyst(), nlCase, wallet.formatted(address));
    String esWallet =
        given.asset(
            esAnalyst(), esCase, wallet.formatted(address.toUpperCase().replace("0X", "0x")));
    assertThat(hitsOn(nlAnalyst(), nlWallet, ""))
        .singleElement()
        .satisfies(hit -> assertThat(hit).containsEntry("identifierType", "ETHEREUM_ADDRESS"));
    assertThat(hitsOn(esAnalyst(), esWallet, "")).hasSize(1);
  }

  @Test
  void propertiesMatchOnCadastralReferenceAndCountryWhateverTheSeparators() throws Exception {
    String parcel = "ASD" + System.nanoTime() % 1_000_000;
    String property =
        "{\"type\":\"REAL_ESTATE\",\"description\":\"Canal house\",\"identifiers\":"
            + "{\"cadastralReference\":\"%s\",\"cadastralCountry\":\"%s\"}}";
    String nlHouse = given.asset(nlAnalyst(), nlCase, property.formatted(parcel + " M 1234", "NL"));
    given.asset(esAnalyst(), esCase, property.formatted(parcel + "-M-1234", "BE"));
    assertThat(hitsOn(nlAnalyst(), nlHouse, "")).as("another country's cadastre").isEmpty();
    given.asset(esAnalyst(), esCase, property.formatted(parcel.toLowerCase() + ".m.1234", "nl"));
    assertThat(hitsOn(nlAnalyst(), nlHouse, ""))
        .singleElement()
        .satisfies(hit -> assertThat(hit).containsEntry("identifierType", "CADASTRAL_REFERENCE"));
  }

  @Test
  void aHitIsAcknowledgedOnceAndThenListedAsAcknowledged() throws Exception {
    String iban = uniqueDutchIban();
    String nlAccount = given.asset(nlAnalyst(), nlCase, bankAccount(iban));
    String esAccount = given.asset(esAnalyst(), esCase, bankAccount(iban));
    String hitId =
        (String) hitsOn(nlAnalyst(), nlAccount, "&acknowledged=false").getFirst().get("id");

    String analyst =
        TestIssuers.token("agency-nl").subject("analyst-7").roles("ARO_ANALYST").bearer();
    given
        .postJson(analyst, "/api/v1/hits/" + hitId + "/acknowledgement", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(hitId))
        .andExpect(jsonPath("$.acknowledged").value(true))
        .andExpect(jsonPath("$.acknowledgedBy").value("analyst-7"))
        .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
    // acknowledging again changes nothing
    String again =
        TestIssuers.token("agency-nl").subject("analyst-8").roles("ARO_ANALYST").bearer();
    given
        .postJson(again, "/api/v1/hits/" + hitId + "/acknowledgement", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acknowledgedBy").value("analyst-7"));

    assertThat(hitsOn(nlAnalyst(), nlAccount, "&acknowledged=false")).isEmpty();
    assertThat(hitsOn(nlAnalyst(), nlAccount, "&acknowledged=true")).hasSize(1);
    // the other agency's notification is its own business
    assertThat(hitsOn(esAnalyst(), esAccount, "&acknowledged=false")).hasSize(1);
  }

  @Test
  void anotherAgencysHitCannotBeAcknowledgedOrSeen() throws Exception {
    String iban = uniqueDutchIban();
    String nlAccount = given.asset(nlAnalyst(), nlCase, bankAccount(iban));
    given.asset(esAnalyst(), esCase, bankAccount(iban));
    String hitId = (String) hitsOn(nlAnalyst(), nlAccount, "").getFirst().get("id");

    given
        .postJson(esAnalyst(), "/api/v1/hits/" + hitId + "/acknowledgement", "")
        .andExpect(status().isNotFound());
    given
        .get(esAnalyst(), "/api/v1/hits?size=200")
        .andExpect(jsonPath("$.items[*].id", not(hasItem(hitId))));
  }

  @Test
  void supervisorsReadHitsButOnlyAnalystsAcknowledgeAndOthersNeither() throws Exception {
    given.get(nlSupervisor(), "/api/v1/hits").andExpect(status().isOk());
    given.get(nlProsecutor(), "/api/v1/hits").andExpect(status().isForbidden());
    given
        .postJson(
            nlSupervisor(), "/api/v1/hits/00000000-0000-0000-0000-000000000000/acknowledgement", "")
        .andExpect(status().isForbidden());
    given
        .postJson(
            nlAnalyst(), "/api/v1/hits/00000000-0000-0000-0000-000000000000/acknowledgement", "")
        .andExpect(status().isNotFound());
  }
}
