package org.sequestra.freezing.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.MovableClock;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.RequestFlow;
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

/** Missed deadlines through the API, against PostgreSQL: the overdue lists and delay notices. */
@SpringBootTest
@AutoConfigureMockMvc
class OverdueRequestApiTest {

  private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
  private static final MovableClock CLOCK = new MovableClock(START);
  private static final String OVERDUE = "/api/v1/freezing-requests/overdue";
  private static final String CO_EXECUTING = RequestFlow.token("agency-co", "EXECUTING_AUTHORITY");
  private static final String NL_EXECUTING = RequestFlow.token("agency-nl", "EXECUTING_AUTHORITY");

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

  private static String notice(Instant expectedBy) {
    return """
        {"reason":"The bank has not yet identified the accounts; consulting NL on a schedule",
         "expectedBy":"%s"}
        """
        .formatted(expectedBy);
  }

  private RequestFlow receivedUrgentRequest(Instant at) throws Exception {
    CLOCK.set(at);
    return RequestFlow.draft(mvc, RequestFlow.NL_ISSUING, Certificates.urgentFreezingDraft())
        .issuedAndTransmitted()
        .step(RequestFlow.ES_EXECUTING, "RECEIVE", "");
  }

  private List<String> overdueIds(String token) throws Exception {
    String body =
        mvc.perform(get(OVERDUE).header("Authorization", token).param("size", "200"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[*].requestId");
  }

  @Test
  void anUnrecognisedUrgentRequestIsOverdueForItsExecutorUntilRecognised() throws Exception {
    RequestFlow request = receivedUrgentRequest(START);

    // on time: not listed, and nothing to be late for yet
    CLOCK.set(START.plus(Duration.ofHours(1)));
    assertThat(overdueIds(RequestFlow.ES_EXECUTING)).doesNotContain(request.id());
    request
        .postWithEtag(
            RequestFlow.ES_EXECUTING, "/delay-notices", notice(START.plus(Duration.ofDays(4))))
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("URGENT_FREEZING_RECOGNITION")));

    // 48 hours after receipt, not recognised: ES's list, not NL's nor CO's
    CLOCK.set(START.plus(Duration.ofHours(49)));
    assertThat(overdueIds(RequestFlow.ES_EXECUTING)).contains(request.id());
    assertThat(overdueIds(NL_EXECUTING)).doesNotContain(request.id());
    assertThat(overdueIds(RequestFlow.NL_ISSUING)).doesNotContain(request.id());
    assertThat(overdueIds(CO_EXECUTING)).doesNotContain(request.id());
    String item = "$.items[?(@.requestId == '" + request.id() + "')]";
    mvc.perform(get(OVERDUE).header("Authorization", RequestFlow.ES_EXECUTING).param("size", "200"))
        .andExpect(jsonPath(item + ".deadline.rule").value(hasItem("URGENT_FREEZING_RECOGNITION")))
        .andExpect(jsonPath(item + ".deadline.state").value(hasItem("OVERDUE")))
        .andExpect(jsonPath(item + ".deadline.dueAt").value(hasItem("2026-12-09T09:00:00Z")))
        .andExpect(jsonPath(item + ".status").value(hasItem("RECEIVED")))
        .andExpect(jsonPath(item + ".delayNotified").value(hasItem(false)))
        .andExpect(jsonPath("$.page.totalElements").isNumber());

    // a third agency cannot see the request; the issuer is not the one to give notice
    request
        .postWithEtag(CO_EXECUTING, "/delay-notices", notice(START.plus(Duration.ofDays(4))))
        .andExpect(status().isNotFound());
    request
        .postWithEtag(
            RequestFlow.NL_ISSUING, "/delay-notices", notice(START.plus(Duration.ofDays(4))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(request.path() + "/delay-notices")
                .header("Authorization", RequestFlow.ES_EXECUTING)
                .contentType(MediaType.APPLICATION_JSON)
                .content(notice(START.plus(Duration.ofDays(4)))))
        .andExpect(status().isPreconditionRequired());
    request
        .postWithEtag(RequestFlow.ES_EXECUTING, "/delay-notices", notice(START))
        .andExpect(status().isUnprocessableContent());

    String etagBefore = request.etag();
    request
        .postWithEtag(
            RequestFlow.ES_EXECUTING, "/delay-notices", notice(START.plus(Duration.ofDays(4))))
        .andExpect(status().isCreated())
        .andExpect(header().exists("ETag"))
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.deadlines[0].state").value("OVERDUE"))
        .andExpect(jsonPath("$.delayNotices.length()").value(1))
        .andExpect(jsonPath("$.delayNotices[0].deadlineRule").value("URGENT_FREEZING_RECOGNITION"))
        .andExpect(jsonPath("$.delayNotices[0].deadlineDueAt").value("2026-12-09T09:00:00Z"))
        .andExpect(jsonPath("$.delayNotices[0].expectedBy").value("2026-12-11T09:00:00Z"))
        .andExpect(jsonPath("$.delayNotices[0].recordingAgency").value("ES-ARO"))
        .andExpect(
            jsonPath("$.delayNotices[0].reason")
                .value(org.hamcrest.Matchers.startsWith("The bank has not yet")));
    assertThat(request.etag()).isNotEqualTo(etagBefore);
    // the issuer sees the notice on the request
    mvc.perform(get(request.path()).header("Authorization", RequestFlow.NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.delayNotices[0].recordingAgency").value("ES-ARO"));
    mvc.perform(get(OVERDUE).header("Authorization", RequestFlow.ES_EXECUTING).param("size", "200"))
        .andExpect(jsonPath(item + ".delayNotified").value(hasItem(true)));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from request_event where request_id = ?::uuid and type = ?",
                Integer.class,
                request.id(),
                "request.delay-notified"))
        .isEqualTo(1);

    // recognised (late): off the list; the execution deadline now runs, on time
    request.step(RequestFlow.ES_EXECUTING, "RECOGNISE", "");
    assertThat(overdueIds(RequestFlow.ES_EXECUTING)).doesNotContain(request.id());
    mvc.perform(get(request.path()).header("Authorization", RequestFlow.ES_EXECUTING))
        .andExpect(jsonPath("$.deadlines[0].state").value("MET_LATE"))
        .andExpect(jsonPath("$.deadlines[1].rule").value("URGENT_FREEZING_EXECUTION"))
        .andExpect(jsonPath("$.deadlines[1].state").value("ON_TIME"));
    request
        .postWithEtag(
            RequestFlow.ES_EXECUTING, "/delay-notices", notice(START.plus(Duration.ofDays(6))))
        .andExpect(status().isConflict());

    // not executed 48 hours after recognition: back on the list, for the execution deadline
    CLOCK.set(START.plus(Duration.ofHours(49 + 49)));
    mvc.perform(get(OVERDUE).header("Authorization", RequestFlow.ES_EXECUTING).param("size", "200"))
        .andExpect(jsonPath(item + ".deadline.rule").value(hasItem("URGENT_FREEZING_EXECUTION")))
        .andExpect(jsonPath(item + ".delayNotified").value(hasItem(false)));
  }

  @Test
  void theListShowsTheLatestDueFirst() throws Exception {
    RequestFlow earlier = receivedUrgentRequest(START.plus(Duration.ofDays(30)));
    RequestFlow later = receivedUrgentRequest(START.plus(Duration.ofDays(30)).plusSeconds(3600));
    CLOCK.set(START.plus(Duration.ofDays(40)));
    List<String> ids = overdueIds(RequestFlow.ES_EXECUTING);
    assertThat(ids).contains(earlier.id(), later.id());
    assertThat(ids.indexOf(later.id())).isLessThan(ids.indexOf(earlier.id()));
    assertThat(overdueIds(CO_EXECUTING)).doesNotContain(earlier.id(), later.id());
    mvc.perform(get(OVERDUE).header("Authorization", RequestFlow.ES_EXECUTING).param("size", "1"))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.page.size").value(1));
  }
}
