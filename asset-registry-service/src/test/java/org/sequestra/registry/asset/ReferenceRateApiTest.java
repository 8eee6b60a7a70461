package org.sequestra.registry.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.platformAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

class ReferenceRateApiTest extends RegistryIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationContext context;

  @Test
  void withoutAUrlThereIsNoScheduledFetch() {
    assertThat(context.getBeanNamesForType(ReferenceRateFetch.class)).isEmpty();
  }

  private ResultActions upload(String bearer, byte[] file, String fileName) throws Exception {
    var request =
        post("/api/v1/reference-rates/imports")
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .content(file);
    if (fileName != null) {
      request.param("fileName", fileName);
    }
    return mvc.perform(request);
  }

  private long rows(String currency) {
    return jdbc.sql("select count(*) from reference_rate where currency = ?")
        .param(currency)
        .query(Long.class)
        .single();
  }

  @Test
  void theSeedTypedFromMemoryIsGone() {
    assertThat(
            jdbc.sql("select count(*) from reference_rate where source = 'ECB (seed)'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aZippedHistoryIsLoadedWithItsSourceAndLoadingItAgainChangesNothing() throws Exception {
    byte[] zip =
        EcbReferenceRatesTest.zip(
            "eurofxref-hist.csv", EcbReferenceRatesTest.resource("eurofxref-hist-holiday.csv"));
    upload(platformAdmin(), zip, "eurofxref-hist.zip")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value("ECB file eurofxref-hist.zip"))
        .andExpect(jsonPath("$.days").value(3))
        .andExpect(jsonPath("$.rates").value(3))
        .andExpect(jsonPath("$.skippedCurrencies[0]").value("XYZ"));
    long nok = rows("NOK");
    upload(platformAdmin(), zip, "eurofxref-hist.zip").andExpect(status().isOk());
    assertThat(rows("NOK")).isEqualTo(nok);
    assertThat(rows("XYZ")).isZero();

    Map<String, Object> sek =
        jdbc.sql(
                "select units_per_euro, source, loaded_at from reference_rate"
                    + " where currency = 'SEK' and rate_date = date '2019-03-04'")
            .query()
            .singleRow();
    assertThat(sek.get("source")).isEqualTo("ECB file eurofxref-hist.zip");
    assertThat(sek.get("loaded_at")).isInstanceOf(Timestamp.class);
    // the holiday stores nothing
    assertThat(
            jdbc.sql("select count(*) from reference_rate where rate_date = date '2019-03-05'")
                .query(Long.class)
                .single())
        .isZero();

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'reference-rates.import'"
                        + " and detail like '3 days, 3 rates from ECB file eurofxref-hist.zip%XYZ'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theDailyXmlIsLoadedAndConvertsAValuationOfItsDay() throws Exception {
    upload(platformAdmin(), EcbReferenceRatesTest.resource("eurofxref-daily-test.xml"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value("ECB file upload"))
        .andExpect(jsonPath("$.days").value(1))
        .andExpect(jsonPath("$.rates").value(2));

    Fixtures given = new Fixtures(mvc);
    String caseId = given.openCase(nlAnalyst());
    given
        .registerAsset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"VESSEL\",\"description\":\"Sailing yacht\",\"valuation\":"
                + "{\"estimatedValue\":{\"amount\":\"97000.00\",\"currency\":\"NOK\"},"
                + "\"valuationDate\":\"2019-03-05\",\"source\":\"Expert report\"}}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.status").value("CONVERTED"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.value.amount").value("10000.00"))
        .andExpect(jsonPath("$.currentValuation.eurEquivalent.rateDate").value("2019-03-04"));
  }

  @Test
  void aMalformedFileIsA400NamingTheLineAndStoresNothing() throws Exception {
    byte[] file =
        "Date,DKK,\n2024-01-02,7.4555,\n2024-01-03,seven,\n".getBytes(StandardCharsets.UTF_8);
    upload(platformAdmin(), file, "eurofxref-hist.csv")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.violations[0].field").value("line[3] DKK"));
    assertThat(rows("DKK")).isZero();
  }

  @Test
  void onlyAPlatformAdministratorLoadsRates() throws Exception {
    upload(nlAnalyst(), EcbReferenceRatesTest.resource("eurofxref-daily-test.xml"), null)
        .andExpect(status().isForbidden());
  }
}
