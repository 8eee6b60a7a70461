package org.sequestra.registry.asset;

import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;

class ValuationApiTest extends RegistryIntegrationTest {

  private Fixtures given;
  private String caseId;

  @BeforeEach
  void openCase() throws Exception {
    given = new Fixtures(mvc);
    given.testReferenceRates();
    caseId = given.openCase(nlAnalyst());
  }

  private static String valuation(String amount, String currency, String day) {
    return "{\"estimatedValue\":{\"amount\":\""
        + amount
        + "\",\"currency\":\""
        + currency
        + "\"},\"valuationDate\":\""
        + day
        + "\",\"source\":\"Expert report\"}";
  }

  private ResultActions append(String assetId, String json) throws Exception {
    return given.postJson(nlAnalyst(), "/api/v1/assets/" + assetId + "/valuations", json);
  }

  private String vessel(String valuation) throws Exception {
    return given.asset(
        nlAnalyst(),
        caseId,
        "{\"type\":\"VESSEL\",\"description\":\"Motor yacht\",\"identifiers\":{\"imoNumber\":\"9074729\"}"
            + (valuation == null ? "" : ",\"valuation\":" + valuation)
            + "}");
  }

  @Test
  void aValueInDollarsShowsItsEuroEquivalentAtTheLastRateBeforeTheValuationDate() throws Exception {
    given
        .registerAsset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"VESSEL\",\"description\":\"Motor yacht\","
                + "\"valuation\":"
                + valuation("1095600.00", "USD", "2024-01-05")
                + "}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.currentValuation.estimatedValue.amount").value("1095600.00"))
        .andExpect(jsonPath("$.currentValuation.estimatedValue.currency").value("USD"))
        .andExpect(jsonPath("$.currentValuation.valuationDate").value("2024-01-05"))
        .andExpect(jsonPath("$.currentValuation.source").value("Expert report"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.status").value("CONVERTED"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.value.amount").value("1000000.00"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.value.currency").value("EUR"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.rate").value("1.0956"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.rateDate").value("2024-01-02"));
  }

  @Test
  void aRatePublishedOnTheValuationDateItselfIsUsed() throws Exception {
    String assetId = vessel(null);
    append(assetId, valuation("1178.80", "USD", "2025-07-01"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eurEquivalent.value.amount").value("1000.00"))
        .andExpect(jsonPath("$.eurEquivalent.rateDate").value("2025-07-01"));
  }

  @Test
  void withoutARateOnOrBeforeTheValuationDateTheApiSaysSoInsteadOfInventingOne() throws Exception {
    String assetId = vessel(null);
    append(assetId, valuation("250000", "GBP", "2023-06-01"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eurEquivalent.status").value("NO_RATE"))
        .andExpect(jsonPath("$.eurEquivalent.value").doesNotExist())
        .andExpect(jsonPath("$.eurEquivalent.rate").doesNotExist())
        .andExpect(
            jsonPath("$.eurEquivalent.detail")
                .value("No euro reference rate for GBP on or before 2023-06-01."));
    append(assetId, valuation("900000000", "COP", "2026-01-15"))
        .andExpect(jsonPath("$.eurEquivalent.status").value("NO_RATE"));
  }

  @Test
  void aValueInEuroNeedsNoRate() throws Exception {
    String assetId = vessel(null);
    append(assetId, valuation("500000.00", "EUR", "2025-03-01"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eurEquivalent.status").value("ALREADY_EUR"))
        .andExpect(jsonPath("$.eurEquivalent.value.amount").value("500000.00"))
        .andExpect(jsonPath("$.eurEquivalent.rate").doesNotExist());
  }

  @Test
  void theValuationHistoryKeepsEveryValueAndTheLatestValuationDateIsCurrent() throws Exception {
    String assetId = vessel(valuation("1095600.00", "USD", "2024-01-05"));
    append(assetId, valuation("500000.00", "EUR", "2025-03-01")).andExpect(status().isCreated());
    // recorded later, but refers to an earlier day: history only
    append(assetId, valuation("250000", "GBP", "2023-06-01")).andExpect(status().isCreated());

    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId)
        .andExpect(jsonPath("$.currentValuation.valuationDate").value("2025-03-01"))
        .andExpect(jsonPath("$.currentValuation.estimatedValue.amount").value("500000.00"));
    given
        .get(nlSupervisor(), "/api/v1/assets/" + assetId + "/valuations")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(3)))
        .andExpect(jsonPath("$.items[0].valuationDate").value("2025-03-01"))
        .andExpect(jsonPath("$.items[1].valuationDate").value("2024-01-05"))
        .andExpect(jsonPath("$.items[1].eurEquivalent.value.amount").value("1000000.00"))
        .andExpect(jsonPath("$.items[2].valuationDate").value("2023-06-01"))
        .andExpect(jsonPath("$.page.totalElements").value(3));
  }

  @Test
  void impossibleValuationsAreRefusedFieldByField() throws Exception {
    String assetId = vessel(null);
    String tomorrow = LocalDate.now().plusDays(2).toString();
    append(assetId, valuation("-5", "EUR", "2025-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("estimatedValue.amount"))
        .andExpect(jsonPath("$.violations[0].reason").value("must not be negative"));
    append(assetId, valuation("5", "EUR", tomorrow))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("valuationDate"));
    append(assetId, valuation("5", "XYZ", "2025-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("estimatedValue.currency"));
    append(assetId, valuation("1.1234567", "EUR", "2025-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("estimatedValue.amount"));
    given
        .registerAsset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"CASH\",\"description\":\"x\",\"valuation\":"
                + valuation("-1", "EUR", "2025-01-01")
                + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("valuation.estimatedValue.amount"));
  }

  @Test
  void onlyAnalystsAppendValuations() throws Exception {
    String assetId = vessel(null);
    given
        .postJson(
            nlSupervisor(),
            "/api/v1/assets/" + assetId + "/valuations",
            valuation("5", "EUR", "2025-01-01"))
        .andExpect(status().isForbidden());
  }
}
