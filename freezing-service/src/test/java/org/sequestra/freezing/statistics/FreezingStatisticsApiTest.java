package org.sequestra.freezing.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.freezing.support.RequestFlow.ES_EXECUTING;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sequestra.freezing.MovableClock;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.RequestFlow;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Art 35 statistics through the API, against PostgreSQL: three requests NL to ES taken through
 * their lifecycle in 2033 (a year no other test uses) at fixed clock times.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreezingStatisticsApiTest {

  private static final MovableClock CLOCK = new MovableClock(Instant.parse("2033-03-01T08:00:00Z"));
  private static final String PATH = "/api/v1/freezing-statistics?year=2033";
  private static final String NL_PROSECUTOR = RequestFlow.token("agency-nl", "PROSECUTOR");
  private static final String ES_PROSECUTOR = RequestFlow.token("agency-es", "PROSECUTOR");
  private static final String CO_PROSECUTOR = RequestFlow.token("agency-co", "PROSECUTOR");
  private static final String PLATFORM_ADMIN = RequestFlow.token("agency-nl", "PLATFORM_ADMIN");

  @Autowired MockMvc mvc;

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  private static String victimConfiscationDraft() {
    String certificate =
        Certificates.confiscationCertificate()
            .replace(
                "\"sectionK\":",
                """
                "sectionJ": {"compensationOrRestitutionSum": {"amount": "5000.00", "currency": "EUR"},
                             "proceedingsPending": false, "authority": "Rechtbank Rotterdam",
                             "decisionDate": "2027-05-03", "victimName": "A. Slachtoffer"},
                "sectionK":
                """);
    return Certificates.draft(
        "CONFISCATION", false, "ES-ARO", "confiscationCertificate", certificate);
  }

  private static void at(String instant) {
    CLOCK.set(Instant.parse(instant));
  }

  @BeforeAll
  void threeRequestsFromNlToEsIn2033() throws Exception {
    at("2033-03-01T08:00:00Z");
    RequestFlow executed =
        RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft())
            .issuedAndTransmitted();
    RequestFlow refused =
        RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft())
            .issuedAndTransmitted();
    RequestFlow confiscated =
        RequestFlow.draft(mvc, NL_ISSUING, victimConfiscationDraft()).issuedAndTransmitted();

    at("2033-03-01T10:00:00Z");
    executed.step(ES_EXECUTING, "RECEIVE", "");
    refused.step(ES_EXECUTING, "RECEIVE", "");
    confiscated.step(ES_EXECUTING, "RECEIVE", "");
    at("2033-03-01T12:00:00Z");
    refused
        .step(
            ES_EXECUTING,
            "POSTPONE",
            "\"postponementGround\":\"DAMAGE_TO_INVESTIGATION\",\"expectedDurationDays\":14")
        .step(ES_EXECUTING, "RESUME", "")
        .step(ES_EXECUTING, "CONSULT", "\"reason\":\"asked NL about case 2019/44\"");
    at("2033-03-02T10:00:00Z"); // one day to decide
    executed.step(ES_EXECUTING, "RECOGNISE", "");
    at("2033-03-02T22:00:00Z"); // half a day to execute
    executed.step(
        ES_EXECUTING,
        "EXECUTE",
        """
        "assetResults": [
          {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "850000.00", "currency": "EUR"}},
          {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "1000.00", "currency": "USD"}}]
        """
            .formatted(Certificates.VILLA, Certificates.ACCOUNT));
    at("2033-03-03T10:00:00Z"); // two days to decide
    refused.step(
        ES_EXECUTING,
        "REFUSE",
        "\"refusalGround\":\"NE_BIS_IN_IDEM\",\"reason\":\"final judgment in ES on the same acts\"");
    at("2033-03-04T10:00:00Z"); // three days to decide
    confiscated.step(ES_EXECUTING, "RECOGNISE", "");
    at("2033-03-05T10:00:00Z"); // one day to execute
    confiscated.step(
        ES_EXECUTING,
        "EXECUTE",
        """
        "assetResults": [
          {"assetId": "%s", "outcome": "CONFISCATED", "value": {"amount": "850000.00", "currency": "EUR"}},
          {"assetId": "%s", "outcome": "CONFISCATED", "value": {"amount": "30000.00", "currency": "EUR"}}]
        """
            .formatted(Certificates.VILLA, Certificates.ACCOUNT));
  }

  @Test
  void bothAgenciesCountWhatHappenedInTheYearWithAveragesFromTheClock() throws Exception {
    for (String token : List.of(NL_PROSECUTOR, ES_PROSECUTOR)) {
      mvc.perform(get(PATH).header("Authorization", token))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.year").value(2033))
          .andExpect(jsonPath("$.rows.length()").value(1))
          .andExpect(jsonPath("$.rows[0].issuingCountry").value("NL"))
          .andExpect(jsonPath("$.rows[0].executingCountry").value("ES"))
          .andExpect(jsonPath("$.rows[0].received").value(3))
          .andExpect(jsonPath("$.rows[0].recognised").value(2))
          .andExpect(jsonPath("$.rows[0].executed").value(2))
          .andExpect(jsonPath("$.rows[0].refused").value(1))
          .andExpect(jsonPath("$.rows[0].postponed").value(1))
          .andExpect(jsonPath("$.rows[0].averageDaysToDecide").value(2.0))
          .andExpect(jsonPath("$.rows[0].averageDaysToExecute").value(0.75))
          .andExpect(jsonPath("$.rows[0].frozenValueEur").value("850000.00"))
          .andExpect(jsonPath("$.rows[0].confiscatedValueEur").value("880000.00"))
          .andExpect(jsonPath("$.rows[0].valuesWithoutEur").value(1))
          .andExpect(jsonPath("$.rows[0].victimCases").value(1));
    }
    mvc.perform(get(PATH).header("Authorization", NL_PROSECUTOR))
        .andExpect(jsonPath("$.scope").value("NL-ARO"));
  }

  @Test
  void aThirdAgencySeesNothingAndThePlatformSeesAll() throws Exception {
    mvc.perform(get(PATH).header("Authorization", CO_PROSECUTOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows.length()").value(0));
    mvc.perform(get(PATH).header("Authorization", PLATFORM_ADMIN))
        .andExpect(jsonPath("$.scope").value("PLATFORM"))
        .andExpect(jsonPath("$.rows[0].received").value(3));
    mvc.perform(get("/api/v1/freezing-statistics?year=2032").header("Authorization", NL_PROSECUTOR))
        .andExpect(jsonPath("$.rows.length()").value(0));
  }

  @Test
  void theSameAsCsvWithAHeaderRow() throws Exception {
    String byParameter =
        mvc.perform(get(PATH + "&format=csv").header("Authorization", NL_PROSECUTOR))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String byAccept =
        mvc.perform(get(PATH).header("Authorization", NL_PROSECUTOR).header("Accept", "text/csv"))
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(byAccept).isEqualTo(byParameter);

    String[] lines = byParameter.split("\r\n");
    assertThat(lines).hasSize(2);
    List<String> header = Arrays.asList(lines[0].split(",", -1));
    List<String> row = Arrays.asList(lines[1].split(",", -1));
    assertThat(row).hasSameSizeAs(header);
    assertThat(header).startsWith("year", "issuingCountry", "executingCountry", "received");
    assertThat(row.get(header.indexOf("received"))).isEqualTo("3");
    assertThat(row.get(header.indexOf("averageDaysToExecute"))).isEqualTo("0.75");
    assertThat(row.get(header.indexOf("confiscatedValueEur"))).isEqualTo("880000.00");
    assertThat(row.get(header.indexOf("victimCases"))).isEqualTo("1");
  }

  @Test
  void aYearIsRequired() throws Exception {
    mvc.perform(get("/api/v1/freezing-statistics").header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/freezing-statistics?year=1999").header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isBadRequest());
    mvc.perform(get(PATH + "&format=xml").header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isBadRequest());
  }
}
