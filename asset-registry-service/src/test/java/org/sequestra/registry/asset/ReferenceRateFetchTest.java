package org.sequestra.registry.asset;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The daily fetch against an ECB stand-in (WireMock), called directly instead of waiting a day. */
class ReferenceRateFetchTest extends RegistryIntegrationTest {

  private static final WireMockServer ECB =
      new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));

  static {
    ECB.start();
  }

  @DynamicPropertySource
  static void ecb(DynamicPropertyRegistry registry) {
    registry.add(
        "sequestra.registry.reference-rates.url",
        () -> ECB.baseUrl() + "/stats/eurofxref/eurofxref-daily.xml");
    registry.add("sequestra.registry.reference-rates.cron", () -> "-"); // never on its own
  }

  @Autowired ReferenceRateFetch fetch;
  @Autowired JdbcClient jdbc;

  @Test
  void theConfiguredFileIsFetchedAndLoadedWithItsUrlAsSource() throws Exception {
    ECB.stubFor(
        get(urlEqualTo("/stats/eurofxref/eurofxref-daily.xml"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(EcbReferenceRatesTest.resource("eurofxref-daily-test.xml"))));

    ReferenceRateImport.Report report = fetch.fetch();

    assertThat(report.days()).isEqualTo(1);
    assertThat(report.rates()).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select source from reference_rate"
                        + " where currency = 'SEK' and rate_date = date '2019-03-04'")
                .query(String.class)
                .single())
        .isEqualTo(ECB.baseUrl() + "/stats/eurofxref/eurofxref-daily.xml");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'reference-rates.import'"
                        + " and subject = 'system:reference-rate-fetch'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aFailedFetchIsLoggedAndStoresNothing() {
    ECB.stubFor(
        get(urlEqualTo("/stats/eurofxref/eurofxref-daily.xml"))
            .willReturn(aResponse().withStatus(503)));
    long before = jdbc.sql("select count(*) from reference_rate").query(Long.class).single();

    fetch.daily(); // does not throw: the next day tries again

    assertThat(jdbc.sql("select count(*) from reference_rate").query(Long.class).single())
        .isEqualTo(before);
  }
}
