package org.sequestra.registry.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The asset management office's record of a frozen or confiscated asset. */
class CustodyApiTest extends RegistryIntegrationTest {

  private static final String CUSTODY =
      "{\"custodianName\":\"Domeinen Roerende Zaken\",\"custodianAgency\":\"Ministerie van"
          + " Financiën\",\"storageLocation\":\"Bonded warehouse, Waalhaven 12, Rotterdam\","
          + "\"storageCountry\":\"NL\"}";

  @Autowired JdbcClient jdbc;

  private Fixtures given;

  @BeforeEach
  void fixtures() {
    given = new Fixtures(mvc);
  }

  @Test
  void theCustodianAndStorageOfAFrozenAssetAreRecordedAndReplacedUnderIfMatch() throws Exception {
    String assetId = assetIn("FROZEN");
    given
        .get(nlAnalyst(), custody(assetId))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));

    putJson(nlAnalyst(), custody(assetId), null, CUSTODY)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.custodianName").value("Domeinen Roerende Zaken"))
        .andExpect(jsonPath("$.storageCountry").value("NL"));
    given
        .get(nlSupervisor(), custody(assetId))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.custodianAgency").value("Ministerie van Financiën"))
        .andExpect(
            jsonPath("$.storageLocation").value("Bonded warehouse, Waalhaven 12, Rotterdam"));

    String moved =
        "{\"custodianName\":\"Domeinen Roerende Zaken\",\"storageLocation\":\"Depot Apeldoorn\"}";
    putJson(nlAnalyst(), custody(assetId), null, moved)
        .andExpect(status().isPreconditionRequired());
    putJson(nlAnalyst(), custody(assetId), "\"0\"", moved)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.storageLocation").value("Depot Apeldoorn"))
        .andExpect(jsonPath("$.custodianAgency").doesNotExist());
    putJson(nlAnalyst(), custody(assetId), "\"0\"", CUSTODY)
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:stale-version"));
    assertThat(audited("asset.custody.update", assetId)).isEqualTo(2);
  }

  @Test
  void aFirstRecordNamingAVersionThatDoesNotExistIsRefused() throws Exception {
    String assetId = assetIn("FROZEN");
    putJson(nlAnalyst(), custody(assetId), "\"3\"", CUSTODY)
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.detail", containsString("without If-Match")));
  }

  @Test
  void managementCostsAreListedOldestFirstWithTotalsPerCurrency() throws Exception {
    String assetId = assetIn("FROZEN");
    addCost(assetId, "1200.00", "EUR", "2025-03-31", "Storage, March")
        .andExpect(status().isCreated());
    addCost(assetId, "350.50", "EUR", "2025-02-15", "Insurance")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.amount.amount").value("350.50"))
        .andExpect(jsonPath("$.incurredOn").value("2025-02-15"));
    addCost(assetId, "99.99", "USD", "2025-04-01", "Transport").andExpect(status().isCreated());

    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId + "/costs")
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$.items[*].description", contains("Insurance", "Storage, March", "Transport")))
        .andExpect(jsonPath("$.totals", hasSize(2)))
        .andExpect(jsonPath("$.totals[0].currency").value("EUR"))
        .andExpect(jsonPath("$.totals[0].amount").value("1550.50"))
        .andExpect(jsonPath("$.totals[1].currency").value("USD"))
        .andExpect(jsonPath("$.totals[1].amount").value("99.99"));
    assertThat(audited("asset.cost.add", assetId)).isEqualTo(3);
  }

  @Test
  void impossibleCostsAreRefusedFieldByField() throws Exception {
    String assetId = assetIn("FROZEN");
    addCost(assetId, "-1", "EUR", "2025-03-31", "Refund?")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("amount.amount"));
    addCost(assetId, "10", "EUR", LocalDate.now().plusDays(2).toString(), "Prepaid")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("incurredOn"));
    addCost(assetId, "10", "XYZ", "2025-03-31", "Storage")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("amount.currency"));
  }

  @Test
  void aRetriedCostIsRecordedOnce() throws Exception {
    String assetId = assetIn("FROZEN");
    String analyst =
        TestIssuers.token("agency-nl")
            .subject("analyst-" + UUID.randomUUID())
            .roles("ARO_ANALYST")
            .bearer();
    String key = UUID.randomUUID().toString();
    String body = cost("80.00", "EUR", "2025-05-01", "Locksmith");
    for (int attempt = 0; attempt < 2; attempt++) {
      mvc.perform(
              post("/api/v1/assets/" + assetId + "/costs")
                  .header("Authorization", analyst)
                  .header("Idempotency-Key", key)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isCreated());
    }
    given
        .get(nlAnalyst(), "/api/v1/assets/" + assetId + "/costs")
        .andExpect(jsonPath("$.items", hasSize(1)));
  }

  @Test
  void anInterlocutorySaleIsRecordedAndCorrectedUnderIfMatch() throws Exception {
    String assetId = assetIn("CONFISCATED");
    String sale =
        sale("2025-07-20", "RB-ROT 10/SALE", "41000.00", "EUR", "\"buyer\":\"Autohandel B.V.\"");
    given.get(nlAnalyst(), sale(assetId)).andExpect(status().isNotFound());

    putJson(nlSupervisor(), sale(assetId), null, sale)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.amountRealised.amount").value("41000.00"))
        .andExpect(jsonPath("$.buyer").value("Autohandel B.V."));
    putJson(
            nlSupervisor(),
            sale(assetId),
            "\"0\"",
            sale("2025-07-20", "RB-ROT 10/SALE", "41250.00", "EUR", ""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
    given
        .get(nlAnalyst(), sale(assetId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amountRealised.amount").value("41250.00"))
        .andExpect(jsonPath("$.orderReference").value("RB-ROT 10/SALE"))
        .andExpect(jsonPath("$.buyer").doesNotExist());
    putJson(nlSupervisor(), sale(assetId), null, sale).andExpect(status().isPreconditionRequired());
    assertThat(audited("asset.sale.record", assetId)).isEqualTo(2);
    assertThat(audited("asset.sale.read", assetId)).isEqualTo(1);
  }

  @Test
  void nothingIsRecordedForAnAssetThatIsNotFrozenOrConfiscated() throws Exception {
    for (String current : List.of("IDENTIFIED", "FREEZE_REQUESTED", "RELEASED")) {
      String assetId = assetIn(current);
      putJson(nlAnalyst(), custody(assetId), null, CUSTODY)
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.type").value("urn:sequestra:problem:asset-not-held"))
          .andExpect(jsonPath("$.detail", containsString("is " + current)));
      addCost(assetId, "10", "EUR", "2025-03-31", "Storage").andExpect(status().isConflict());
      putJson(nlAnalyst(), sale(assetId), null, sale("2025-07-20", "X", "1", "EUR", ""))
          .andExpect(status().isConflict());
    }
  }

  @Test
  void afterDisposalTheRecordStaysReadableButIsClosed() throws Exception {
    String assetId = assetIn("CONFISCATED");
    putJson(nlAnalyst(), custody(assetId), null, CUSTODY).andExpect(status().isOk());
    addCost(assetId, "10", "EUR", "2025-03-31", "Storage").andExpect(status().isCreated());
    moveTo(assetId, "DISPOSED", "2025-09-15T08:00:00Z");

    given.get(nlAnalyst(), custody(assetId)).andExpect(status().isOk());
    given
        .get(nlAnalyst(), "/api/v1/assets/" + assetId + "/costs")
        .andExpect(jsonPath("$.items", hasSize(1)));
    addCost(assetId, "10", "EUR", "2025-09-30", "Storage")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("is DISPOSED")));
  }

  @Test
  void anotherAgencyNeitherSeesNorWritesTheRecord() throws Exception {
    String assetId = assetIn("FROZEN");
    putJson(nlAnalyst(), custody(assetId), null, CUSTODY).andExpect(status().isOk());
    given.get(esAnalyst(), custody(assetId)).andExpect(status().isNotFound());
    given.get(esAnalyst(), "/api/v1/assets/" + assetId + "/costs").andExpect(status().isNotFound());
    given.get(esAnalyst(), sale(assetId)).andExpect(status().isNotFound());
    putJson(esAnalyst(), custody(assetId), "\"0\"", CUSTODY).andExpect(status().isNotFound());
    given
        .postJson(
            esAnalyst(),
            "/api/v1/assets/" + assetId + "/costs",
            cost("10", "EUR", "2025-03-31", "Storage"))
        .andExpect(status().isNotFound());
  }

  // --- helpers

  /** A cash asset of a new NL case, moved along the lifecycle to {@code target}. */
  private String assetIn(String target) throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String assetId =
        given.asset(nlAnalyst(), caseId, "{\"type\":\"CASH\",\"description\":\"Cash in a safe\"}");
    List<String> path =
        switch (target) {
          case "IDENTIFIED" -> List.of();
          case "FREEZE_REQUESTED" -> List.of("FREEZE_REQUESTED");
          case "FROZEN" -> List.of("FREEZE_REQUESTED", "FROZEN");
          case "CONFISCATED" -> List.of("FREEZE_REQUESTED", "FROZEN", "CONFISCATED");
          case "RELEASED" -> List.of("FREEZE_REQUESTED", "RELEASED");
          default -> throw new IllegalArgumentException(target);
        };
    int day = 1;
    for (String next : path) {
      moveTo(assetId, next, "2025-01-0" + day++ + "T10:00:00Z");
    }
    return assetId;
  }

  private void moveTo(String assetId, String status, String occurredAt) throws Exception {
    String etag =
        given
            .get(nlSupervisor(), "/api/v1/assets/" + assetId)
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    mvc.perform(
            post("/api/v1/assets/" + assetId + "/transitions")
                .header("Authorization", nlSupervisor())
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"targetStatus\":\""
                        + status
                        + "\",\"legalBasis\":{\"orderReference\":\"RB-ROT 10/1\","
                        + "\"issuingAuthority\":\"Rechtbank Rotterdam\",\"orderDate\":\""
                        + occurredAt.substring(0, 10)
                        + "\"},\"occurredAt\":\""
                        + occurredAt
                        + "\",\"value\":{\"amount\":\"50000\",\"currency\":\"EUR\"},"
                        + "\"victimProceedingsPending\":false}"))
        .andExpect(status().isCreated());
  }

  private ResultActions putJson(String bearer, String path, String ifMatch, String json)
      throws Exception {
    MockHttpServletRequestBuilder request =
        put(path)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json);
    return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  private ResultActions addCost(
      String assetId, String amount, String currency, String day, String description)
      throws Exception {
    return given.postJson(
        nlAnalyst(),
        "/api/v1/assets/" + assetId + "/costs",
        cost(amount, currency, day, description));
  }

  private long audited(String action, String assetId) {
    return jdbc.sql("select count(*) from audit_log where action = ? and object_id = ?")
        .params(action, assetId)
        .query(Long.class)
        .single();
  }

  private static String custody(String assetId) {
    return "/api/v1/assets/" + assetId + "/custody";
  }

  private static String sale(String assetId) {
    return "/api/v1/assets/" + assetId + "/interlocutory-sale";
  }

  private static String cost(String amount, String currency, String day, String description) {
    return "{\"amount\":{\"amount\":\""
        + amount
        + "\",\"currency\":\""
        + currency
        + "\"},\"incurredOn\":\""
        + day
        + "\",\"description\":\""
        + description
        + "\"}";
  }

  private static String sale(
      String day, String orderReference, String amount, String currency, String extra) {
    return "{\"saleDate\":\""
        + day
        + "\",\"orderReference\":\""
        + orderReference
        + "\",\"amountRealised\":{\"amount\":\""
        + amount
        + "\",\"currency\":\""
        + currency
        + "\"}"
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }
}
