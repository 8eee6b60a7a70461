package org.sequestra.registry.asset;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlProsecutor;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;

class AssetRegistrationApiTest extends RegistryIntegrationTest {

  private Fixtures given;
  private String caseId;

  @BeforeEach
  void openCase() throws Exception {
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
  }

  private ResultActions register(String json) throws Exception {
    return given.registerAsset(nlAnalyst(), caseId, json);
  }

  private static String asset(String type, String identifiers) {
    return "{\"type\":\""
        + type
        + "\",\"description\":\"seized "
        + type
        + "\",\"locationCountry\":\"nl\""
        + (identifiers == null ? "" : ",\"identifiers\":" + identifiers)
        + "}";
  }

  /**
   * Type, identifiers as typed, JSON path of one normalised identifier and its normalised value.
   */
  static Stream<Arguments> validIdentifiers() {
    return Stream.of(
        Arguments.of(
            "BANK_ACCOUNT",
            "{\"iban\":\"nl91 abna 0417 1643 00\",\"bic\":\"ABNANL2A\"}",
            "iban",
            "NL91ABNA0417164300"),
        Arguments.of("VEHICLE", "{\"vin\":\"1m8gdm9axkp042788\"}", "vin", "1M8GDM9AXKP042788"),
        Arguments.of("VESSEL", "{\"imoNumber\":\"IMO 9074729\"}", "imoNumber", "9074729"),
        Arguments.of(
            "AIRCRAFT",
            "{\"aircraftRegistration\":\"ph-bxa\",\"aircraftSerialNumber\":\"29595\"}",
            "aircraftRegistration",
            "PH-BXA"),
        Arguments.of(
            "COMPANY_SHARES",
            "{\"lei\":\"HWUPKR0MPOU8FGXBT394\",\"registrationNumber\":\"12345678\",\"registrationJurisdiction\":\"NL\"}",
            "lei",
            "HWUPKR0MPOU8FGXBT394"),
        Arguments.of(
            "REAL_ESTATE",
            "{\"cadastralReference\":\"9872023 vh5797s 0001 wx\",\"cadastralCountry\":\"ES\"}",
            "cadastralReference",
            "9872023 VH5797S 0001 WX"),
        Arguments.of(
            "CRYPTO_WALLET",
            "{\"walletAddress\":\"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4\",\"chain\":\"BITCOIN\"}",
            "walletAddress",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
        Arguments.of(
            "CRYPTO_WALLET",
            "{\"walletAddress\":\"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\",\"chain\":\"ETHEREUM\"}",
            "walletAddress",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
        Arguments.of("SECURITIES", "{\"isin\":\"US0378331005\"}", "isin", "US0378331005"));
  }

  @ParameterizedTest(name = "{0} with {1} is registered with its identifier normalised")
  @MethodSource("validIdentifiers")
  void eachAssetTypeIsRegisteredWithItsIdentifiersNormalised(
      String type, String identifiers, String field, String normalised) throws Exception {
    register(asset(type, identifiers))
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.type").value(type))
        .andExpect(jsonPath("$.status").value("IDENTIFIED"))
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.locationCountry").value("NL"))
        .andExpect(jsonPath("$.identifiers." + field).value(normalised))
        .andExpect(jsonPath("$.warnings", empty()));
  }

  /** Type, identifiers, the violated field and the reason the API must give. */
  static Stream<Arguments> invalidIdentifiers() {
    return Stream.of(
        Arguments.of(
            "BANK_ACCOUNT",
            "{\"iban\":\"NL91ABNA0417164301\"}",
            "identifiers.iban",
            "IBAN check digits invalid"),
        Arguments.of(
            "BANK_ACCOUNT",
            "{\"iban\":\"NL91ABNA0417164300\",\"bic\":\"ABNANL2\"}",
            "identifiers.bic",
            "BIC must have 8 or 11 characters"),
        Arguments.of(
            "VEHICLE",
            "{\"vin\":\"1M8GDM9A1KP042788\"}",
            "identifiers.vin",
            "VIN check digit does not match"),
        Arguments.of(
            "VESSEL",
            "{\"imoNumber\":\"IMO 9074728\"}",
            "identifiers.imoNumber",
            "IMO number check digit invalid"),
        Arguments.of(
            "AIRCRAFT",
            "{\"aircraftRegistration\":\"PH_BXA!\"}",
            "identifiers.aircraftRegistration",
            "aircraft registration must be a nationality mark and a registration mark of letters and digits, e.g. PH-BXA"),
        Arguments.of(
            "COMPANY_SHARES",
            "{\"lei\":\"HWUPKR0MPOU8FGXBT395\"}",
            "identifiers.lei",
            "LEI check digits invalid"),
        Arguments.of(
            "COMPANY_SHARES",
            "{\"registrationNumber\":\"12345678\"}",
            "identifiers.registrationJurisdiction",
            "is required with a registrationNumber"),
        Arguments.of(
            "REAL_ESTATE",
            "{\"cadastralReference\":\"9872023VH5797S0001WX\",\"cadastralCountry\":\"XX\"}",
            "identifiers.cadastralCountry",
            "unknown ISO 3166-1 country code XX"),
        Arguments.of(
            "REAL_ESTATE",
            "{\"cadastralReference\":\"9872023VH5797S0001WX\"}",
            "identifiers.cadastralCountry",
            "is required with a cadastralReference"),
        Arguments.of(
            "CRYPTO_WALLET",
            "{\"walletAddress\":\"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5\",\"chain\":\"BITCOIN\"}",
            "identifiers.walletAddress",
            "Bitcoin address: bech32 checksum invalid"),
        Arguments.of(
            "CRYPTO_WALLET",
            "{\"walletAddress\":\"0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed\",\"chain\":\"ETHEREUM\"}",
            "identifiers.walletAddress",
            "Ethereum address EIP-55 checksum invalid"),
        Arguments.of(
            "CRYPTO_WALLET",
            "{\"walletAddress\":\"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"}",
            "identifiers.chain",
            "is required with a walletAddress"),
        Arguments.of(
            "SECURITIES",
            "{\"isin\":\"US0378331006\"}",
            "identifiers.isin",
            "ISIN check digit invalid"),
        Arguments.of(
            "CASH",
            "{\"iban\":\"NL91ABNA0417164300\"}",
            "identifiers.iban",
            "is not an identifier of assets of type CASH"),
        Arguments.of(
            "PRECIOUS_GOODS",
            "{\"isin\":\"US0378331005\"}",
            "identifiers.isin",
            "is not an identifier of assets of type PRECIOUS_GOODS"),
        Arguments.of(
            "OTHER",
            "{\"vin\":\"1M8GDM9AXKP042788\"}",
            "identifiers.vin",
            "is not an identifier of assets of type OTHER"),
        Arguments.of(
            "VEHICLE",
            "{\"iban\":\"NL91ABNA0417164300\"}",
            "identifiers.iban",
            "is not an identifier of assets of type VEHICLE"));
  }

  @ParameterizedTest(name = "{0} with {1} is refused: {2} {3}")
  @MethodSource("invalidIdentifiers")
  void aMalformedIdentifierIsRefusedNamingTheFieldAndTheReason(
      String type, String identifiers, String field, String reason) throws Exception {
    register(asset(type, identifiers))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:validation"))
        .andExpect(jsonPath("$.violations", hasSize(1)))
        .andExpect(jsonPath("$.violations[0].field").value(field))
        .andExpect(jsonPath("$.violations[0].reason").value(reason));
  }

  @Test
  void cashAndOtherGoodsNeedNoIdentifier() throws Exception {
    for (String type : new String[] {"CASH", "PRECIOUS_GOODS", "OTHER"}) {
      register(asset(type, null))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.identifiers.iban").doesNotExist());
    }
  }

  @Test
  void aEuropeanVinWithAFailingCheckDigitIsAcceptedWithAWarning() throws Exception {
    register(asset("VEHICLE", "{\"vin\":\"WP0ZZZ99ZTS392124\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.identifiers.vin").value("WP0ZZZ99ZTS392124"))
        .andExpect(
            jsonPath("$.warnings[0]")
                .value("VIN check digit does not match (not binding outside North America)"));
  }

  @Test
  void theVinWarningStaysWithTheAssetWhenItIsReadAgain() throws Exception {
    String assetId =
        given.asset(nlAnalyst(), caseId, asset("VEHICLE", "{\"vin\":\"VF1AAAAA555555555\"}"));
    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.warnings", hasSize(1)));
  }

  @Test
  void aNorthAmericanVinWithAFailingCheckDigitIsRefused() throws Exception {
    register(asset("VEHICLE", "{\"vin\":\"5GZCZ43D13S812716\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("identifiers.vin"));
  }

  @Test
  void everyProblemOfARequestIsReportedAtOnce() throws Exception {
    register(
            "{\"type\":\"BANK_ACCOUNT\",\"description\":\"x\",\"locationCountry\":\"ZZ\","
                + "\"identifiers\":{\"iban\":\"NL91ABNA0417164301\",\"bic\":\"ABNANL2\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations", hasSize(3)))
        .andExpect(jsonPath("$.violations[0].field").value("identifiers.bic"))
        .andExpect(jsonPath("$.violations[1].field").value("identifiers.iban"))
        .andExpect(jsonPath("$.violations[2].field").value("locationCountry"))
        .andExpect(jsonPath("$.violations[2].reason").value("unknown ISO 3166-1 country code ZZ"));
  }

  @Test
  void anUnknownIdentifierFieldIsRefused() throws Exception {
    register(asset("BANK_ACCOUNT", "{\"accountNumber\":\"123\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("identifiers.accountNumber"))
        .andExpect(jsonPath("$.violations[0].reason").value("is not a known field"));
  }

  @Test
  void aRegisteredAssetIsReadBackByItsId() throws Exception {
    String assetId =
        given.asset(nlAnalyst(), caseId, asset("VESSEL", "{\"imoNumber\":\"IMO 9074729\"}"));
    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(assetId))
        .andExpect(jsonPath("$.identifiers.imoNumber").value("9074729"))
        .andExpect(jsonPath("$.description").value("seized VESSEL"));
  }

  @Test
  void anotherAgencysAssetAndCaseAnswer404() throws Exception {
    String assetId =
        given.asset(nlAnalyst(), caseId, asset("VESSEL", "{\"imoNumber\":\"IMO 9074729\"}"));
    given
        .get(esAnalyst(), "/api/v1/assets/" + assetId)
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM));
    given.registerAsset(esAnalyst(), caseId, asset("CASH", null)).andExpect(status().isNotFound());
    given.get(esAnalyst(), "/api/v1/cases/" + caseId + "/assets").andExpect(status().isNotFound());
    given
        .postJson(
            esAnalyst(),
            "/api/v1/assets/" + assetId + "/valuations",
            "{\"estimatedValue\":{\"amount\":\"1\",\"currency\":\"EUR\"},\"valuationDate\":\"2026-01-02\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void anUnknownAssetIs404() throws Exception {
    given
        .get(nlAnalyst(), "/api/v1/assets/00000000-0000-0000-0000-000000000000")
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyAnalystsRegisterAndProsecutorsDoNotReadUnsharedAssets() throws Exception {
    given
        .registerAsset(nlSupervisor(), caseId, asset("CASH", null))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(PROBLEM));
    String assetId = given.asset(nlAnalyst(), caseId, asset("CASH", null));
    given.get(nlProsecutor(), "/api/v1/assets/" + assetId).andExpect(status().isNotFound());
    given.get(nlProsecutor(), "/api/v1/assets?caseId=" + caseId).andExpect(status().isNotFound());
    given.get(nlSupervisor(), "/api/v1/assets/" + assetId).andExpect(status().isOk());
  }

  @Test
  void anIssuingAuthorityReadsItsOwnAgencysAssetButNotAnotherAgencys() throws Exception {
    String assetId = given.asset(nlAnalyst(), caseId, asset("CASH", null));
    given
        .get(
            TestIssuers.token("agency-nl").roles("ISSUING_AUTHORITY").bearer(),
            "/api/v1/assets/" + assetId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.status").value("IDENTIFIED"));
    given
        .get(
            TestIssuers.token("agency-es").roles("ISSUING_AUTHORITY").bearer(),
            "/api/v1/assets/" + assetId)
        .andExpect(status().isNotFound());
    // reading is all: registering stays with analysts
    given
        .registerAsset(
            TestIssuers.token("agency-nl").roles("ISSUING_AUTHORITY").bearer(),
            caseId,
            asset("CASH", null))
        .andExpect(status().isForbidden());
  }

  @Test
  void anIssuingAuthorityReadsItsOwnAgencysCaseButNotAnotherAgencys() throws Exception {
    given
        .get(
            TestIssuers.token("agency-nl").roles("ISSUING_AUTHORITY").bearer(),
            "/api/v1/cases/" + caseId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(caseId))
        .andExpect(jsonPath("$.nationalReference").isNotEmpty());
    given
        .get(
            TestIssuers.token("agency-es").roles("ISSUING_AUTHORITY").bearer(),
            "/api/v1/cases/" + caseId)
        .andExpect(status().isNotFound());
  }

  @Test
  void theAssetsOfACaseAreListedInTheOrderTheyWereRegistered() throws Exception {
    String first = given.asset(nlAnalyst(), caseId, asset("CASH", null));
    String second = given.asset(nlAnalyst(), caseId, asset("OTHER", null));
    given
        .get(nlSupervisor(), "/api/v1/cases/" + caseId + "/assets")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].id").value(first))
        .andExpect(jsonPath("$.items[1].id").value(second))
        .andExpect(jsonPath("$.page.totalElements").value(2));
  }
}
