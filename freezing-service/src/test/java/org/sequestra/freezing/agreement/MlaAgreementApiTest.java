package org.sequestra.freezing.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.MovableClock;
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
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * MLA requests under an agreement of the configured table: its deadlines are computed, watched,
 * listed as overdue and noticed like the Regulation's. The agreements configured here are TEST-ONLY
 * values (no real treaty, no real deadline).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MlaAgreementApiTest {

  /** Monday 30 November 2026, 10:00 in Bogotá. */
  private static final Instant START = Instant.parse("2026-11-30T15:00:00Z");

  private static final MovableClock CLOCK = new MovableClock(START);
  private static final String CO_EXECUTING = RequestFlow.token("agency-co", "EXECUTING_AUTHORITY");
  private static final String OVERDUE = "/api/v1/freezing-requests/overdue";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
    // TEST-ONLY agreement table: made-up entries, not taken from any treaty
    String first = "sequestra.freezing.mla-agreements[0].";
    registry.add(first + "id", () -> "TEST-NL-CO");
    registry.add(first + "name", () -> "Test-only agreement NL-CO");
    registry.add(first + "source", () -> "MlaAgreementApiTest fixture, not a treaty");
    registry.add(first + "countries", () -> "NL,CO");
    registry.add(first + "deadlines.recognition", () -> "PT72H");
    registry.add(first + "deadlines.execution", () -> "P10D");
    String second = "sequestra.freezing.mla-agreements[1].";
    registry.add(second + "id", () -> "TEST-NO-DEADLINES");
    registry.add(second + "name", () -> "Test-only agreement without deadlines");
    registry.add(second + "source", () -> "MlaAgreementApiTest fixture, not a treaty");
    registry.add(second + "countries", () -> "NL,CO,ES");
  }

  private static String mlaDraft(String executingAgency, String agreementId) {
    return Certificates.mlaDraft()
        .replace("\"CO-ARO\"", "\"" + executingAgency + "\"")
        .replace(
            "\"evidential\": false",
            "\"evidential\": false, \"agreementId\": \"" + agreementId + "\"");
  }

  private ResultActions draft(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/freezing-requests")
            .header("Authorization", NL_ISSUING)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private List<String> overdueIds() throws Exception {
    String body =
        mvc.perform(get(OVERDUE).header("Authorization", CO_EXECUTING).param("size", "200"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[*].requestId");
  }

  @Test
  void theTableIsListed() throws Exception {
    mvc.perform(get("/api/v1/mla-agreements").header("Authorization", NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].id").value("TEST-NL-CO"))
        .andExpect(jsonPath("$.items[0].name").value("Test-only agreement NL-CO"))
        .andExpect(jsonPath("$.items[0].source").value("MlaAgreementApiTest fixture, not a treaty"))
        .andExpect(jsonPath("$.items[0].countries[0]").value("CO"))
        .andExpect(jsonPath("$.items[0].countries[1]").value("NL"))
        .andExpect(jsonPath("$.items[0].recognitionPeriod").value("PT72H"))
        .andExpect(jsonPath("$.items[0].executionPeriod").value("P10D"))
        .andExpect(jsonPath("$.items[1].recognitionPeriod").doesNotExist());
  }

  @Test
  void theAgreementsDeadlinesAreComputedWatchedAndNoticed() throws Exception {
    CLOCK.set(START);
    RequestFlow request =
        RequestFlow.draft(mvc, NL_ISSUING, mlaDraft("CO-ARO", "TEST-NL-CO")).issuedAndTransmitted();
    request
        .act(CO_EXECUTING, "{\"action\":\"RECEIVE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.mla.agreementId").value("TEST-NL-CO"))
        .andExpect(jsonPath("$.recognitionDueBy").doesNotExist())
        .andExpect(jsonPath("$.deadlines.length()").value(1))
        .andExpect(jsonPath("$.deadlines[0].rule").value("MLA_AGREEMENT_RECOGNITION"))
        .andExpect(
            jsonPath("$.deadlines[0].legalBasis")
                .value("Test-only agreement NL-CO (MlaAgreementApiTest fixture, not a treaty)"))
        // hours run on the clock
        .andExpect(jsonPath("$.deadlines[0].dueAt").value("2026-12-03T15:00:00Z"))
        .andExpect(jsonPath("$.deadlines[0].state").value("ON_TIME"));
    assertThat(overdueIds()).doesNotContain(request.id());

    // 73 hours on, undecided: on CO's overdue list, and a delay notice is taken
    CLOCK.set(START.plus(Duration.ofHours(73)));
    assertThat(overdueIds()).contains(request.id());
    String item = "$.items[?(@.requestId == '" + request.id() + "')]";
    mvc.perform(get(OVERDUE).header("Authorization", CO_EXECUTING).param("size", "200"))
        .andExpect(jsonPath(item + ".deadline.rule").value(hasItem("MLA_AGREEMENT_RECOGNITION")))
        .andExpect(jsonPath(item + ".deadline.state").value(hasItem("OVERDUE")));
    assertThat(
            mvc.perform(get(OVERDUE).header("Authorization", NL_ISSUING).param("size", "200"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(request.id());
    request
        .postWithEtag(
            CO_EXECUTING,
            "/delay-notices",
            """
            {"reason":"The central authority awaits the court's order","expectedBy":"%s"}
            """
                .formatted(START.plus(Duration.ofDays(5))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.delayNotices[0].deadlineRule").value("MLA_AGREEMENT_RECOGNITION"))
        .andExpect(jsonPath("$.delayNotices[0].deadlineDueAt").value("2026-12-03T15:00:00Z"));

    // recognised Thursday 3 December (Bogotá): 10 days end Sunday 13 December, which moves on
    request
        .act(CO_EXECUTING, "{\"action\":\"RECOGNISE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.deadlines[0].state").value("MET_LATE"))
        .andExpect(jsonPath("$.deadlines[1].rule").value("MLA_AGREEMENT_EXECUTION"))
        .andExpect(jsonPath("$.deadlines[1].country").value("CO"))
        .andExpect(jsonPath("$.deadlines[1].rolledFrom").value("2026-12-13"))
        .andExpect(jsonPath("$.deadlines[1].state").value("ON_TIME"));
    String body =
        mvc.perform(get(request.path()).header("Authorization", NL_ISSUING))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(LocalDate.parse(JsonPath.read(body, "$.deadlines[1].dueDate")))
        .isAfter(LocalDate.of(2026, 12, 13));
    assertThat(overdueIds()).doesNotContain(request.id());

    // the certificate sent names the agreement its deadlines come from
    byte[] pdf =
        mvc.perform(get(request.path() + "/certificate").header("Authorization", NL_ISSUING))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(PdfText.of(pdf).text())
        .contains("under Test-only agreement NL-CO (MlaAgreementApiTest fixture, not a treaty)");
  }

  @Test
  void anAgreementWithoutDeadlinesSetsNone() throws Exception {
    RequestFlow.draft(mvc, NL_ISSUING, mlaDraft("CO-ARO", "TEST-NO-DEADLINES"))
        .issuedAndTransmitted()
        .act(CO_EXECUTING, "{\"action\":\"RECEIVE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.mla.agreementId").value("TEST-NO-DEADLINES"))
        .andExpect(jsonPath("$.deadlines").isEmpty());
  }

  @Test
  void anUnknownAgreementOrOneTheExecutingStateIsNotPartyToIsRefused() throws Exception {
    draft(mlaDraft("CO-ARO", "TEST-UNKNOWN"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("mla.agreementId"))
        .andExpect(jsonPath("$.violations[0].reason").value(containsString("configured table")));
    draft(mlaDraft("ES-ARO", "TEST-NL-CO"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("mla.agreementId"))
        .andExpect(jsonPath("$.violations[0].reason").value(containsString("executing State ES")));
    draft(mlaDraft("ES-ARO", "TEST-NO-DEADLINES")).andExpect(status().isCreated());
  }

  /** The table changed after the draft was saved (simulated on the row): saved again first. */
  @Test
  void aDraftWhoseAgreementChangedSinceIsNotIssuedAsItIs() throws Exception {
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, mlaDraft("CO-ARO", "TEST-NL-CO"));
    jdbc.sql("update freezing_request set mla_recognition_period = 'P5D' where id = ?")
        .param(UUID.fromString(request.id()))
        .update();
    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("mla.agreementId"))
        .andExpect(
            jsonPath("$.violations[0].reason").value(containsString("save the draft again")));
  }
}
