package org.sequestra.freezing.snapshot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.PdfText;
import org.sequestra.freezing.support.RequestFlow;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * At ISSUE the certificate's assets are read from the registry (WireMock on its contract) with the
 * issuer's own token, checked, and kept as a snapshot that never changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssetSnapshotApiTest {

  private static final int PORT = freePort();
  private static final WireMockServer registry =
      new WireMockServer(wireMockConfig().port(PORT).http2PlainDisabled(true));
  private static final String REGISTRY_IBAN = "NL91ABNA0417164300";
  private static final String ITEMS = "$.freezingCertificate.sectionD.items";
  private static final String NL_PROSECUTOR = RequestFlow.token("agency-nl", "PROSECUTOR");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry properties) {
    TestDatabase.register(properties, "freezing");
    TestIssuers.register(properties);
    properties.add("sequestra.registry.url", () -> "http://127.0.0.1:" + PORT);
    properties.add("sequestra.registry.relay.enabled", () -> "false");
  }

  @BeforeAll
  static void startRegistry() {
    registry.start();
  }

  @AfterAll
  static void stopRegistry() {
    registry.stop();
  }

  @BeforeEach
  void registryUpAndEmpty() {
    if (!registry.isRunning()) {
      registry.start();
    }
    registry.resetAll();
    // the request's case, as the registry shows it to the issuer
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/cases/" + Certificates.CASE)
            .willReturn(
                okJson(
                    """
                    {"id": "%s", "nationalReference": "NL-ARO/2026/0042", "title": "Tulip",
                     "owningAgency": "NL-ARO", "country": "NL", "openedOn": "2026-01-10",
                     "status": "OPEN", "createdAt": "2026-01-10T10:00:00Z", "offences": [],
                     "empactPriorities": [], "access": "OWNER", "version": 3}
                    """
                        .formatted(Certificates.CASE))));
  }

  @Test
  void theRegistrysDataIsReadAsTheIssuerStoredAndReturned() throws Exception {
    UUID villa = UUID.randomUUID();
    UUID account = UUID.randomUUID();
    shows(villa, "IDENTIFIED", Certificates.CASE);
    shows(account, "FREEZE_REQUESTED", Certificates.CASE);
    RequestFlow request = draft(villa, account);

    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ISSUED"))
        .andExpect(jsonPath("$.registrySnapshots", hasSize(2)))
        .andExpect(jsonPath("$.registrySnapshots[0].assetId").value(villa.toString()))
        .andExpect(jsonPath("$.registrySnapshots[1].assetId").value(account.toString()))
        .andExpect(jsonPath("$.registrySnapshots[1].status").value("FREEZE_REQUESTED"));

    mvc.perform(get(request.path()).header("Authorization", NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registrySnapshots[0].caseId").value(Certificates.CASE.toString()))
        .andExpect(jsonPath("$.registrySnapshots[0].caseReference").value("NL-ARO/2026/0042"))
        .andExpect(jsonPath("$.registrySnapshots[0].type").value("BANK_ACCOUNT"))
        .andExpect(jsonPath("$.registrySnapshots[0].status").value("IDENTIFIED"))
        .andExpect(jsonPath("$.registrySnapshots[0].description").value("account held in Madrid"))
        .andExpect(jsonPath("$.registrySnapshots[0].locationCountry").value("ES"))
        .andExpect(jsonPath("$.registrySnapshots[0].identifiers[0].type").value("IBAN"))
        .andExpect(jsonPath("$.registrySnapshots[0].identifiers[0].value").value(REGISTRY_IBAN))
        .andExpect(jsonPath("$.registrySnapshots[0].identifiers[1].type").value("BIC"))
        .andExpect(
            jsonPath("$.registrySnapshots[0].valuation.estimatedValue.amount").value("120000.00"))
        .andExpect(
            jsonPath("$.registrySnapshots[0].valuation.estimatedValue.currency").value("EUR"))
        .andExpect(jsonPath("$.registrySnapshots[0].valuation.valuationDate").value("2026-11-30"))
        .andExpect(jsonPath("$.registrySnapshots[0].readAt").exists())
        // the issuer's own text stays as typed, next to the registry's
        .andExpect(jsonPath(ITEMS + "[0].description").value("villa"));

    // the case once, as the issuer
    registry.verify(
        1,
        getRequestedFor(urlEqualTo("/api/v1/cases/" + Certificates.CASE))
            .withHeader("Authorization", equalTo(NL_ISSUING)));
    // read as the issuer: the registry saw the issuer's own token, once per asset
    for (UUID asset : new UUID[] {villa, account}) {
      registry.verify(
          1,
          getRequestedFor(urlEqualTo("/api/v1/assets/" + asset))
              .withHeader("Authorization", equalTo(NL_ISSUING)));
    }
  }

  @Test
  void anAssetTheIssuerCannotSeeIsRefusedNamingItsItem() throws Exception {
    UUID seen = UUID.randomUUID();
    UUID unseen = UUID.randomUUID();
    shows(seen, "IDENTIFIED", Certificates.CASE);
    notFound(unseen);
    RequestFlow request = draft(seen, unseen);

    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations", hasSize(1)))
        .andExpect(
            jsonPath("$.violations[0].field")
                .value("freezingCertificate.sectionD.items[1].assetId"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value("is no asset of the registry the issuer may see"));
    stillADraft(request);
  }

  @Test
  void everyBadAssetIsListedTogetherWithTheCertificatesOtherFaults() throws Exception {
    UUID good = UUID.randomUUID();
    UUID unseen = UUID.randomUUID();
    UUID ofAnotherCase = UUID.randomUUID();
    UUID disposed = UUID.randomUUID();
    UUID released = UUID.randomUUID();
    shows(good, "FROZEN", Certificates.CASE);
    notFound(unseen);
    shows(ofAnotherCase, "IDENTIFIED", UUID.randomUUID());
    shows(disposed, "DISPOSED", Certificates.CASE);
    shows(released, "RELEASED", Certificates.CASE);
    ObjectNode draft = draftJson(good, unseen, ofAnotherCase, disposed, released);
    // and section E (grounds) is missing altogether
    ((ObjectNode) draft.get("freezingCertificate")).remove("sectionE");
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, json.writeValueAsString(draft));

    String at = "freezingCertificate.sectionD.items";
    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath(
                "$.violations[*].field",
                containsInAnyOrder(
                    "freezingCertificate.sectionE",
                    at + "[1].assetId",
                    at + "[2].assetId",
                    at + "[3].assetId",
                    at + "[4].assetId")))
        .andExpect(
            jsonPath(
                "$.violations[*].reason",
                hasItem(
                    "is DISPOSED in the registry: only an asset IDENTIFIED, FREEZE_REQUESTED or"
                        + " FROZEN can be the object of a freezing request")))
        .andExpect(
            jsonPath(
                "$.violations[*].reason",
                hasItem("is an asset of another registry case, not of " + Certificates.CASE)));
    stillADraft(request);
  }

  @Test
  void aRegistryThatCannotBeReachedIs503AndTheRequestStaysADraft() throws Exception {
    UUID asset = UUID.randomUUID();
    shows(asset, "IDENTIFIED", Certificates.CASE);
    RequestFlow request = draft(asset);
    registry.stop();

    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(
            jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("registry-unavailable")));
    stillADraft(request);

    // a registry that answers 500 or drops the connection is no better
    registry.start();
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/assets/" + asset)
            .willReturn(aResponse().withStatus(500)));
    request.act(NL_ISSUING, "{\"action\":\"ISSUE\"}").andExpect(status().isServiceUnavailable());
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/assets/" + asset)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    request.act(NL_ISSUING, "{\"action\":\"ISSUE\"}").andExpect(status().isServiceUnavailable());
    stillADraft(request);

    // back: the same ETag issues now
    shows(asset, "IDENTIFIED", Certificates.CASE);
    request.act(NL_ISSUING, "{\"action\":\"ISSUE\"}").andExpect(status().isCreated());
  }

  @Test
  void theSnapshotStaysAsIssuedWhenTheRegistrysAssetChanges() throws Exception {
    UUID asset = UUID.randomUUID();
    shows(asset, "IDENTIFIED", Certificates.CASE);
    RequestFlow request = draft(asset);
    request.step(NL_ISSUING, "ISSUE", "");

    // the registry moves on: another description, status and account
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/assets/" + asset)
            .willReturn(
                okJson(
                    asset(asset, "FROZEN", Certificates.CASE)
                        .replace("account held in Madrid", "account moved to Lisbon")
                        .replace(REGISTRY_IBAN, "PT50000201231234567890154"))));
    request.step(NL_ISSUING, "TRANSMIT", "");

    mvc.perform(get(request.path()).header("Authorization", NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("TRANSMITTED"))
        .andExpect(jsonPath("$.registrySnapshots", hasSize(1)))
        .andExpect(jsonPath("$.registrySnapshots[0].status").value("IDENTIFIED"))
        .andExpect(jsonPath("$.registrySnapshots[0].description").value("account held in Madrid"))
        .andExpect(jsonPath("$.registrySnapshots[0].identifiers[0].value").value(REGISTRY_IBAN));
    // read once, at issue; and the stored copy refuses to be changed
    registry.verify(1, getRequestedFor(urlEqualTo("/api/v1/assets/" + asset)));
    assertThatThrownBy(
            () ->
                jdbc.sql("update asset_snapshot set description = 'x' where request_id = ?")
                    .param(UUID.fromString(request.id()))
                    .update())
        .hasMessageContaining("asset snapshots are never changed");
  }

  @Test
  void aProsecutorFindsTheIssuedRequestByTheRegistrysIdentifierOfItsAsset() throws Exception {
    // the certificate names the asset by its land registry number only; the registry knows its IBAN
    String registryOnlyIban = "GB29NWBK60161331926819";
    UUID asset = UUID.randomUUID();
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/assets/" + asset)
            .willReturn(
                okJson(
                    asset(asset, "IDENTIFIED", Certificates.CASE)
                        .replace(REGISTRY_IBAN, registryOnlyIban))));
    RequestFlow request = draft(asset);
    String byIban = "GB29 NWBK 6016 1331 9268 19";
    searchByIban(byIban).andExpect(jsonPath("$.items[*].id", not(hasItem(request.id()))));

    request.step(NL_ISSUING, "ISSUE", "");

    searchByIban(byIban).andExpect(jsonPath("$.items[*].id", hasItem(request.id())));
    // the bank's BIC qualifies the account; it names no asset and is not searched by
    mvc.perform(
            get("/api/v1/freezing-requests/search")
                .param("identifierType", "BIC")
                .param("identifier", "CAIXESBBXXX")
                .param("purpose", "snapshot-identifiers")
                .param("size", "200")
                .header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", not(hasItem(request.id()))));
    // the certificate's own identifiers still find it
    mvc.perform(
            get("/api/v1/freezing-requests/search")
                .param("identifierType", "LAND_REGISTRY")
                .param("identifier", "MAR-2231")
                .param("purpose", "snapshot-identifiers")
                .param("size", "200")
                .header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(request.id())));
  }

  private org.springframework.test.web.servlet.ResultActions searchByIban(String iban)
      throws Exception {
    return mvc.perform(
            get("/api/v1/freezing-requests/search")
                .param("identifierType", "IBAN")
                .param("identifier", iban)
                .param("purpose", "snapshot-identifiers")
                .param("size", "200")
                .header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isOk());
  }

  @Test
  void theCertificatePdfShowsTheRegistrysRecordNextToTheIssuersText() throws Exception {
    UUID asset = UUID.randomUUID();
    shows(asset, "IDENTIFIED", Certificates.CASE);
    RequestFlow request = draft(asset);
    request.step(NL_ISSUING, "ISSUE", "");

    byte[] pdf =
        mvc.perform(
                get(request.path() + "/certificate")
                    .header("Authorization", NL_ISSUING)
                    .accept(MediaType.APPLICATION_PDF))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(PdfText.of(pdf).text())
        .containsSubsequence(
            "Specific item of property 1",
            "Description of the item of property villa",
            "LAND_REGISTRY: MAR-2231",
            "As recorded in the asset registry at issue",
            "Registry asset type and status BANK_ACCOUNT, IDENTIFIED",
            "Registry description account held in Madrid",
            "IBAN: " + REGISTRY_IBAN,
            "BIC: CAIXESBBXXX",
            "Registry valuation 120000.00 EUR as of 2026-11-30",
            // (the id may wrap at a hyphen)
            "Registry case NL-ARO/2026/0042 (registry id");
  }

  private void stillADraft(RequestFlow request) throws Exception {
    mvc.perform(get(request.path()).header("Authorization", NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.registrySnapshots", hasSize(0)))
        .andExpect(header().string("ETag", request.etag()));
    assertThat(
            jdbc.sql("select count(*) from asset_snapshot where request_id = ?")
                .param(UUID.fromString(request.id()))
                .query(Long.class)
                .single())
        .isZero();
  }

  private RequestFlow draft(UUID... assets) throws Exception {
    return RequestFlow.draft(mvc, NL_ISSUING, json.writeValueAsString(draftJson(assets)));
  }

  /** The test certificates' urgent freezing draft, its items being the villa's, one per asset. */
  private ObjectNode draftJson(UUID... assets) {
    ObjectNode draft = (ObjectNode) json.readTree(Certificates.urgentFreezingDraft());
    ArrayNode items = (ArrayNode) draft.get("freezingCertificate").get("sectionD").get("items");
    ObjectNode villa = (ObjectNode) items.get(0);
    items.removeAll();
    for (UUID asset : assets) {
      items.add(villa.deepCopy().put("assetId", asset.toString()));
    }
    return draft;
  }

  private static void shows(UUID assetId, String status, UUID caseId) {
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/assets/" + assetId)
            .willReturn(okJson(asset(assetId, status, caseId))));
  }

  private static void notFound(UUID assetId) {
    registry.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/assets/" + assetId)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"title\":\"Not found\",\"status\":404}")));
  }

  private static String asset(UUID assetId, String status, UUID caseId) {
    return """
        {"id": "%s", "caseId": "%s", "type": "BANK_ACCOUNT", "status": "%s",
         "description": "account held in Madrid", "locationCountry": "ES",
         "identifiers": {"iban": "%s", "bic": "CAIXESBBXXX"},
         "currentValuation": {"id": "%s",
           "estimatedValue": {"amount": "120000.00", "currency": "EUR"},
           "valuationDate": "2026-11-30", "eurEquivalent": {"status": "ALREADY_EUR"},
           "recordedAt": "2026-11-30T09:00:00Z"},
         "warnings": [], "createdAt": "2026-11-02T10:00:00Z"}
        """
        .formatted(assetId, caseId, status, REGISTRY_IBAN, UUID.randomUUID());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
