package org.sequestra.freezing.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.sequestra.freezing.support.RequestFlow.ES_EXECUTING;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
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

@SpringBootTest
@AutoConfigureMockMvc
class RequestTransitionApiTest {

  private static final String EXECUTION =
      """
      {"action": "EXECUTE", "decision": {"orderReference": "AN-2026-77", "authority":
       "Audiencia Nacional", "orderDate": "2026-12-03"},
       "assetResults": [
        {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "850000.00", "currency": "EUR"}},
        {"assetId": "%s", "outcome": "IMPOSSIBLE", "impossibility": "DISAPPEARED"}]}
      """
          .formatted(Certificates.VILLA, Certificates.ACCOUNT);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  private RequestFlow urgentFreezing() throws Exception {
    return RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft());
  }

  private List<String> events(RequestFlow request) {
    return jdbc.sql("select type from request_event where request_id = ? order by seq")
        .param(UUID.fromString(request.id()))
        .query(String.class)
        .list();
  }

  private List<String> effects(RequestFlow request) {
    return jdbc.sql("select effect from registry_outbox where request_id = ? order by seq")
        .param(UUID.fromString(request.id()))
        .query(String.class)
        .list();
  }

  @Test
  void anUrgentFreezingGoesFromDraftToFrozenAndEveryStepIsRecordedAuditedAndPassedOn()
      throws Exception {
    RequestFlow request = urgentFreezing();
    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ISSUED"))
        .andExpect(jsonPath("$.signedBy").value("tester"))
        .andExpect(jsonPath("$.allowedActions", containsInAnyOrder("TRANSMIT", "WITHDRAW")));
    request.step(NL_ISSUING, "TRANSMIT", "");
    request
        .act(ES_EXECUTING, "{\"action\":\"RECEIVE\"}")
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.deadlines[0].state").value("ON_TIME"))
        .andExpect(
            jsonPath(
                "$.allowedActions",
                containsInAnyOrder("FORWARD", "CONSULT", "RECOGNISE", "POSTPONE")));
    request
        .act(ES_EXECUTING, "{\"action\":\"RECOGNISE\",\"reason\":\"order is complete\"}")
        .andExpect(jsonPath("$.executionDueBy").exists());
    request
        .act(ES_EXECUTING, EXECUTION)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("EXECUTED"))
        .andExpect(jsonPath("$.assetResults[0].outcome").value("FROZEN"))
        .andExpect(jsonPath("$.assetResults[1].impossibility").value("DISAPPEARED"));

    mvc.perform(get(request.path() + "/transitions").header("Authorization", NL_ISSUING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("EXECUTED"))
        .andExpect(jsonPath("$.transitions.length()").value(5))
        .andExpect(jsonPath("$.transitions[0].action").value("ISSUE"))
        .andExpect(jsonPath("$.transitions[0].actorAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.transitions[3].reason").value("order is complete"))
        .andExpect(jsonPath("$.transitions[4].actorAgency").value("ES-ARO"))
        .andExpect(jsonPath("$.transitions[4].assetResults[0].value.amount").value("850000.00"));

    assertThat(events(request))
        .containsExactly(
            "request.issued",
            "request.transmitted",
            "request.received",
            "request.recognised",
            "request.executed");
    assertThat(effects(request))
        .containsExactly("GRANT_ACCESS", "FREEZE_REQUESTED", "FROZEN", "FREEZE_IMPOSSIBLE");
    UUID id = UUID.fromString(request.id());
    assertThat(
            jdbc.sql(
                    "select body -> 'assets' -> 0 ->> 'valueAmount' || ' ' || (body -> 'basis' ->>"
                        + " 'orderReference') from registry_outbox where request_id = ? and effect"
                        + " = 'FROZEN'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("850000.00 AN-2026-77");
    assertThat(
            jdbc.sql(
                    "select body ->> 'executingAgency' from registry_outbox where request_id = ?"
                        + " and effect = 'GRANT_ACCESS'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("ES-ARO");
    // subscribers hear the acts, never who the affected persons are
    assertThat(
            jdbc.sql("select data::text from request_event where request_id = ?")
                .param(id)
                .query(String.class)
                .list())
        .allSatisfy(data -> assertThat(data).doesNotContain("Jansen", "Costa Villas"))
        .anySatisfy(data -> assertThat(data).contains("\"outcome\": \"FROZEN\""));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where object_id = ? and action ="
                        + " 'request.transition'")
                .param(request.id())
                .query(Long.class)
                .single())
        .isEqualTo(5);
  }

  @Test
  void aStepNeedsIfMatchTheCurrentVersionTheRightSideAndAnAllowedStatus() throws Exception {
    RequestFlow request = urgentFreezing().issuedAndTransmitted();
    String step = "/api/v1/freezing-requests/" + request.id() + "/transitions";

    mvc.perform(
            post(step)
                .header("Authorization", ES_EXECUTING)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"RECEIVE\"}"))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post(step)
                .header("Authorization", ES_EXECUTING)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"RECEIVE\"}"))
        .andExpect(status().isPreconditionFailed());
    // the issuer cannot acknowledge receipt, the executing side cannot withdraw
    request.act(NL_ISSUING, "{\"action\":\"RECEIVE\"}").andExpect(status().isForbidden());
    request
        .act(ES_EXECUTING, "{\"action\":\"WITHDRAW\",\"reason\":\"no\"}")
        .andExpect(status().isForbidden());
    request
        .act(RequestFlow.token("agency-es", "PROSECUTOR"), "{\"action\":\"RECEIVE\"}")
        .andExpect(status().isForbidden());
    request
        .act(ES_EXECUTING, EXECUTION)
        .andExpect(status().isConflict())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.currentStatus").value("TRANSMITTED"))
        .andExpect(jsonPath("$.requestedAction").value("EXECUTE"))
        .andExpect(jsonPath("$.allowedTransitions", containsInAnyOrder("RECEIVE", "WITHDRAW")));
    request.step(ES_EXECUTING, "RECEIVE", "");
  }

  @Test
  void anIncompleteCertificateCannotBeIssuedAndEveryFaultIsNamed() throws Exception {
    RequestFlow request =
        RequestFlow.draft(
            mvc,
            NL_ISSUING,
            Certificates.draft(
                "FREEZING", true, "ES-ARO", "freezingCertificate", "{\"sectionA\": {}}"));

    request
        .act(NL_ISSUING, "{\"action\":\"ISSUE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:certificate-incomplete"))
        .andExpect(
            jsonPath(
                "$.violations[*].field",
                containsInAnyOrder(
                    "freezingCertificate.sectionA.issuingAuthority",
                    "freezingCertificate.sectionB",
                    "freezingCertificate.sectionC",
                    "freezingCertificate.sectionD",
                    "freezingCertificate.sectionE",
                    "freezingCertificate.sectionI",
                    "freezingCertificate.sectionL",
                    "freezingCertificate.sectionM")));
    mvc.perform(get(request.path()).header("Authorization", NL_ISSUING))
        .andExpect(jsonPath("$.status").value("DRAFT"));
    assertThat(events(request)).isEmpty();
  }

  @Test
  void aDraftIsReplacedUnderIfMatchUntilItIsIssued() throws Exception {
    RequestFlow request = urgentFreezing();
    String replacement =
        Certificates.urgentFreezingDraft().replace("NL-OM/2026/7781", "NL-OM/2026/7782");

    mvc.perform(
            put(request.path())
                .header("Authorization", NL_ISSUING)
                .contentType(MediaType.APPLICATION_JSON)
                .content(replacement))
        .andExpect(status().isPreconditionRequired());
    String etag =
        mvc.perform(
                put(request.path())
                    .header("Authorization", NL_ISSUING)
                    .header("If-Match", request.etag())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(replacement))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.issuingReference").value("NL-OM/2026/7782"))
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    mvc.perform(
            put(request.path())
                .header("Authorization", NL_ISSUING)
                .header("If-Match", request.etag())
                .contentType(MediaType.APPLICATION_JSON)
                .content(replacement))
        .andExpect(status().isPreconditionFailed());
    assertThat(etag).isNotEqualTo(request.etag());
  }

  @Test
  void aDraftNamesAKnownExecutingAgencyOfAnotherState() throws Exception {
    mvc.perform(
            post("/api/v1/freezing-requests")
                .header("Authorization", NL_ISSUING)
                .contentType(MediaType.APPLICATION_JSON)
                .content(Certificates.urgentFreezingDraft().replace("ES-ARO", "XX-ARO")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("executingAgency"));
    mvc.perform(
            post("/api/v1/freezing-requests")
                .header("Authorization", NL_ISSUING)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    Certificates.draft(
                        "CONFISCATION",
                        true,
                        "NL-ARO",
                        "freezingCertificate",
                        Certificates.freezingCertificate())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath(
                "$.violations[*].field",
                containsInAnyOrder("executingAgency", "urgent", "freezingCertificate")));
  }

  @Test
  void aRefusalComesOnlyAfterAConsultationWithAGroundAndReleasesTheAssets() throws Exception {
    RequestFlow request = urgentFreezing().issuedAndTransmitted().step(ES_EXECUTING, "RECEIVE", "");
    String refusal =
        "{\"action\":\"REFUSE\",\"refusalGround\":\"NE_BIS_IN_IDEM\","
            + "\"reason\":\"final judgment in ES on the same acts\"}";

    request
        .act(ES_EXECUTING, refusal)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.allowedTransitions", hasItem("CONSULT")));
    request.step(ES_EXECUTING, "CONSULT", "\"reason\":\"asked NL about case 2019/44\"");
    request
        .act(
            ES_EXECUTING,
            "{\"action\":\"REFUSE\",\"refusalGround\":\"TRIAL_IN_ABSENTIA\",\"reason\":\"x\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("refusalGround"));
    request.act(ES_EXECUTING, refusal).andExpect(jsonPath("$.status").value("REFUSED"));

    assertThat(effects(request))
        .containsExactly("GRANT_ACCESS", "FREEZE_REQUESTED", "RELEASED", "WITHDRAW_ACCESS");
    assertThat(events(request)).endsWith("request.under_consultation", "request.refused");
  }

  @Test
  void aWithdrawalIsConfirmedByTheExecutingSideAndThenReleasesTheAssets() throws Exception {
    RequestFlow request = urgentFreezing().issuedAndTransmitted().step(ES_EXECUTING, "RECEIVE", "");
    request.step(
        ES_EXECUTING,
        "POSTPONE",
        "\"postponementGround\":\"DAMAGE_TO_INVESTIGATION\",\"expectedDurationDays\":14");
    request
        .act(ES_EXECUTING, "{\"action\":\"RESUME\"}")
        .andExpect(jsonPath("$.status").value("RECEIVED"));
    request
        .act(NL_ISSUING, "{\"action\":\"WITHDRAW\",\"reason\":\"suspect acquitted\"}")
        .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    assertThat(effects(request)).containsExactly("GRANT_ACCESS", "FREEZE_REQUESTED");
    request
        .act(ES_EXECUTING, "{\"action\":\"CONFIRM_TERMINATION\"}")
        .andExpect(jsonPath("$.status").value("TERMINATED"))
        .andExpect(jsonPath("$.allowedActions").isEmpty());

    assertThat(effects(request))
        .containsExactly("GRANT_ACCESS", "FREEZE_REQUESTED", "RELEASED", "WITHDRAW_ACCESS");
  }

  @Test
  void aRequestIsForwardedOnlyWithinTheExecutingState() throws Exception {
    RequestFlow request = urgentFreezing().issuedAndTransmitted().step(ES_EXECUTING, "RECEIVE", "");

    request
        .act(ES_EXECUTING, "{\"action\":\"FORWARD\",\"forwardTo\":\"CO-ARO\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("forwardTo"));
  }

  @Test
  void anExecutedConfiscationIsDisposedWithTheArticle30ShareAndSupersedesTheFreezing()
      throws Exception {
    RequestFlow freezing =
        urgentFreezing().issuedAndTransmitted().step(ES_EXECUTING, "RECEIVE", "");
    freezing.step(ES_EXECUTING, "RECOGNISE", "").step(ES_EXECUTING, EXECUTION);
    RequestFlow confiscation =
        RequestFlow.draft(mvc, NL_ISSUING, Certificates.confiscationDraft()).issuedAndTransmitted();
    freezing
        .act(
            NL_ISSUING, "{\"action\":\"SUPERSEDE\",\"supersededBy\":\"" + confiscation.id() + "\"}")
        .andExpect(jsonPath("$.status").value("SUPERSEDED"));

    confiscation
        .act(ES_EXECUTING, "{\"action\":\"RECEIVE\",\"occurredAt\":\"2026-12-01T10:00:00Z\"}")
        .andExpect(jsonPath("$.deadlines[0].rule").value("CONFISCATION_RECOGNITION"))
        .andExpect(jsonPath("$.deadlines[0].country").value("ES"))
        // 45 days from 1 December 2026 end on Friday 15 January 2027 (Madrid time)
        .andExpect(jsonPath("$.deadlines[0].dueDate").value("2027-01-15"));
    confiscation
        .act(ES_EXECUTING, "{\"action\":\"RECOGNISE\"}")
        .andExpect(jsonPath("$.deadlines[0].state").value("MET"));
    confiscation.step(
        ES_EXECUTING,
        """
        {"action": "EXECUTE", "assetResults": [
          {"assetId": "%s", "outcome": "CONFISCATED", "value": {"amount": "850000.00", "currency": "EUR"}},
          {"assetId": "%s", "outcome": "CONFISCATED", "value": {"amount": "30000.00", "currency": "EUR"}}]}
        """
            .formatted(Certificates.VILLA, Certificates.ACCOUNT));
    confiscation
        .act(
            ES_EXECUTING,
            "{\"action\":\"DISPOSE\",\"disposal\":{\"amountObtained\":{\"amount\":\"40000.00\","
                + "\"currency\":\"EUR\"},\"victimProceedingsPending\":true}}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("disposal.victimProceedingsPending"));
    confiscation
        .act(
            ES_EXECUTING,
            "{\"action\":\"DISPOSE\",\"disposal\":{\"amountObtained\":{\"amount\":\"40000.00\","
                + "\"currency\":\"EUR\"},\"victimProceedingsPending\":false}}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DISPOSED"))
        .andExpect(jsonPath("$.disposalShare.rule").value("HALF_TO_ISSUING_STATE"))
        .andExpect(jsonPath("$.disposalShare.issuingStateShare.amount").value("20000.00"))
        .andExpect(jsonPath("$.disposalShare.executingStateShare.amount").value("20000.00"));

    // frozen under the earlier order: no second freeze request
    assertThat(effects(confiscation))
        .containsExactly("GRANT_ACCESS", "CONFISCATED", "DISPOSED", "WITHDRAW_ACCESS");
    assertThat(events(freezing)).endsWith("request.superseded");
  }
}
