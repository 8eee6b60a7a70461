package org.sequestra.freezing.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.MovableClock;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** Information requests between AROs through the API, against PostgreSQL, the clock moved. */
@SpringBootTest
@AutoConfigureMockMvc
class InformationRequestApiTest {

  private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-03T16:00:00Z"));
  private static final String PATH = "/api/v1/information-requests";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  private static String analyst(String realm) {
    return TestIssuers.token(realm).roles("ARO_ANALYST").bearer();
  }

  private static String request(String requestedAgency, String urgency) {
    return """
        {"requestedAgency":"%s","subject":"Jan de Vries, born 1971, and Vries Holding BV",
         "reasons":"Suspected laundering of drug proceeds through real estate on the Costa del Sol",
         "natureOfProceedings":"Criminal investigation (asset tracing)",
         "offence":"Money laundering; drug trafficking",
         "linkToRequestedState":"Payments from NL accounts to a notary in Marbella",
         "propertyDetails":"Villa, Calle Ejemplo 12, Marbella; account ES9121000418450200051332",
         "urgency":"%s","requestingReference":"NL-ARO/2026/0412"}
        """
        .formatted(requestedAgency, urgency);
  }

  private String send(String urgency) throws Exception {
    String body =
        mvc.perform(
                post(PATH)
                    .header("Authorization", analyst("agency-nl"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(request("ES-ARO", urgency)))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  @Test
  void aRequestRunsItsSevenDaysInTheRequestedStateAndALateAnswerNeedsADelayNotice()
      throws Exception {
    CLOCK.set(Instant.parse("2026-12-03T16:00:00Z"));
    String body =
        mvc.perform(
                post(PATH)
                    .header("Authorization", analyst("agency-nl"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(request("ES-ARO", "OTHER")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.requestingAgency").value("NL-ARO"))
            .andExpect(jsonPath("$.requestingCountry").value("NL"))
            .andExpect(jsonPath("$.requestedCountry").value("ES"))
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andExpect(jsonPath("$.deadline.rule").value("INFORMATION_OTHER"))
            .andExpect(
                jsonPath("$.deadline.legalBasis").value("Directive (EU) 2023/977 Art 5(1)(c)"))
            .andExpect(jsonPath("$.deadline.dueDate").value("2026-12-10"))
            // the end of 10 December in the Canary Islands, the last part of Spain to end the day
            .andExpect(jsonPath("$.deadline.dueAt").value("2026-12-11T00:00:00Z"))
            .andExpect(jsonPath("$.deadline.state").value("ON_TIME"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    CLOCK.set(Instant.parse("2026-12-09T12:00:00Z"));
    mvc.perform(get(PATH + "/" + id).header("Authorization", analyst("agency-es")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.subject").value("Jan de Vries, born 1971, and Vries Holding BV"))
        .andExpect(jsonPath("$.deadline.state").value("DUE_SOON"));

    CLOCK.set(Instant.parse("2026-12-11T00:00:01Z"));
    mvc.perform(get(PATH + "/" + id).header("Authorization", analyst("agency-nl")))
        .andExpect(jsonPath("$.deadline.state").value("OVERDUE"));
    mvc.perform(
            get(PATH)
                .param("direction", "RECEIVED")
                .param("overdue", "true")
                .header("Authorization", analyst("agency-es")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
        .andExpect(jsonPath("$.items[0].deadline.state").value("OVERDUE"))
        .andExpect(jsonPath("$.items[0].subject").doesNotExist());
    mvc.perform(
            get(PATH)
                .param("direction", "SENT")
                .param("overdue", "true")
                .header("Authorization", analyst("agency-nl")))
        .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
    // the requesting agency has not received it
    mvc.perform(get(PATH).param("overdue", "true").header("Authorization", analyst("agency-nl")))
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));

    String answer =
        """
        {"text":"The villa is registered to Vries Holding BV since 2021; account statements attached.",
         "attachments":[{"fileName":"statements.pdf","mediaType":"application/pdf","sizeBytes":48213,
           "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}
        """;
    String supervisorEs = TestIssuers.token("agency-es").roles("ARO_SUPERVISOR").bearer();
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", supervisorEs)
                .contentType(MediaType.APPLICATION_JSON)
                .content(answer))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", supervisorEs)
                .header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(answer))
        .andExpect(status().isPreconditionFailed());
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", supervisorEs)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(answer))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType("application/problem+json"));
    // the requesting agency cannot answer its own request
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", analyst("agency-nl"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(answer))
        .andExpect(status().isForbidden());

    String late = answer.replace("]}", "],\"delayReason\":\"Land registry extract took 3 days\"}");
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", supervisorEs)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(late))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.status").value("ANSWERED"))
        .andExpect(jsonPath("$.deadline.state").value("MET_LATE"))
        .andExpect(jsonPath("$.delayNotice.reason").value("Land registry extract took 3 days"))
        .andExpect(jsonPath("$.delayNotice.recordedAt").value("2026-12-11T00:00:01Z"))
        .andExpect(jsonPath("$.answer.attachments[0].sizeBytes").value(48213))
        .andExpect(jsonPath("$.answer.answeredAt").value("2026-12-11T00:00:01Z"));

    // answered once
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", supervisorEs)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(late))
        .andExpect(status().isConflict());
    // no longer overdue
    mvc.perform(get(PATH).param("overdue", "true").header("Authorization", analyst("agency-es")))
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
    mvc.perform(get(PATH + "/" + id).header("Authorization", analyst("agency-nl")))
        .andExpect(jsonPath("$.answer.text").exists())
        .andExpect(jsonPath("$.deadline.state").value("MET_LATE"));

    assertThat(
            jdbc.queryForList(
                "select action from audit_log where object_id = ? order by seq", String.class, id))
        .containsExactly(
            "information-request.send",
            "information-request.read",
            "information-request.read",
            "information-request.answer",
            "information-request.read");
    assertThat(
            jdbc.queryForList(
                "select type from request_event where request_id = ?::uuid order by seq",
                String.class,
                id))
        .containsExactly("information-request.sent", "information-request.answered");
  }

  @Test
  void anUrgentRequestAnsweredWithinEightHoursIsMet() throws Exception {
    CLOCK.set(Instant.parse("2026-12-05T22:00:00Z")); // a Saturday night: hours do not care
    String id = send("URGENT_DIRECT_ACCESS");
    CLOCK.set(Instant.parse("2026-12-06T05:00:00Z"));
    mvc.perform(get(PATH + "/" + id).header("Authorization", analyst("agency-es")))
        .andExpect(jsonPath("$.deadline.dueAt").value("2026-12-06T06:00:00Z"))
        .andExpect(jsonPath("$.deadline.dueDate").doesNotExist())
        .andExpect(jsonPath("$.deadline.state").value("DUE_SOON"));
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", analyst("agency-es"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"No property registered to the subject.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline.state").value("MET"))
        .andExpect(jsonPath("$.delayNotice").doesNotExist())
        .andExpect(jsonPath("$.answer.attachments").isEmpty());
  }

  @Test
  void aThirdAgencyGetsNotFoundAndOtherRolesAreRefused() throws Exception {
    CLOCK.set(Instant.parse("2026-12-03T16:00:00Z"));
    String id = send("URGENT_INDIRECT_ACCESS");
    mvc.perform(get(PATH + "/" + id).header("Authorization", analyst("agency-co")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", analyst("agency-co"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get(PATH).param("direction", "SENT").header("Authorization", analyst("agency-co")))
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
    mvc.perform(
            get(PATH + "/" + id)
                .header(
                    "Authorization", TestIssuers.token("agency-es").roles("PROSECUTOR").bearer()))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_log where object_id = ? and agency = 'CO-ARO'",
                Long.class,
                id))
        .isZero();
  }

  @Test
  void theRequestedAgencyMustBeAnotherAgencyOfTheTrustRegistry() throws Exception {
    mvc.perform(
            post(PATH)
                .header("Authorization", analyst("agency-nl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(request("XX-ARO", "OTHER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("requestedAgency"));
    mvc.perform(
            post(PATH)
                .header("Authorization", analyst("agency-nl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(request("NL-ARO", "OTHER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("requestedAgency"));
    mvc.perform(
            post(PATH)
                .header("Authorization", analyst("agency-nl"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(request("ES-ARO", "SOMEDAY")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("urgency"));
  }

  @Test
  void aDelayNoticeRecordedWhileOpenCoversTheLateAnswer() throws Exception {
    CLOCK.set(Instant.parse("2026-12-03T16:00:00Z"));
    String id = send("URGENT_INDIRECT_ACCESS"); // due at the end of Sunday 6 December in Spain
    CLOCK.set(Instant.parse("2026-12-07T09:00:00Z"));
    String notice =
        "{\"reason\":\"The bank answers our production order on Tuesday\","
            + "\"expectedAnswerBy\":\"2026-12-09T12:00:00Z\"}";
    mvc.perform(
            post(PATH + "/" + id + "/delay-notice")
                .header("Authorization", analyst("agency-nl"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(notice))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(PATH + "/" + id + "/delay-notice")
                .header("Authorization", analyst("agency-co"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(notice))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(PATH + "/" + id + "/delay-notice")
                .header("Authorization", analyst("agency-es"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(notice))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post(PATH + "/" + id + "/delay-notice")
                .header("Authorization", analyst("agency-es"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(notice))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.deadline.state").value("OVERDUE"))
        .andExpect(
            jsonPath("$.delayNotice.reason")
                .value("The bank answers our production order on Tuesday"))
        .andExpect(jsonPath("$.delayNotice.recordedAt").value("2026-12-07T09:00:00Z"))
        .andExpect(jsonPath("$.delayNotice.expectedAnswerBy").value("2026-12-09T12:00:00Z"));
    // still overdue: a notice explains the delay, it does not move the deadline
    mvc.perform(get(PATH).param("overdue", "true").header("Authorization", analyst("agency-es")))
        .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));

    CLOCK.set(Instant.parse("2026-12-09T10:00:00Z"));
    mvc.perform(
            post(PATH + "/" + id + "/answer")
                .header("Authorization", analyst("agency-es"))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Two accounts found, statements follow by SIENA.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline.state").value("MET_LATE"))
        .andExpect(jsonPath("$.delayNotice.recordedAt").value("2026-12-07T09:00:00Z"));
    mvc.perform(
            post(PATH + "/" + id + "/delay-notice")
                .header("Authorization", analyst("agency-es"))
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(notice))
        .andExpect(status().isConflict());

    assertThat(
            jdbc.queryForList(
                "select type from request_event where request_id = ?::uuid order by seq",
                String.class,
                id))
        .containsExactly(
            "information-request.sent",
            "information-request.delayed",
            "information-request.answered");
    assertThat(
            jdbc.queryForList(
                "select action from audit_log where object_id = ? order by seq", String.class, id))
        .containsExactly(
            "information-request.send",
            "information-request.delay-notice",
            "information-request.answer");
  }
}
