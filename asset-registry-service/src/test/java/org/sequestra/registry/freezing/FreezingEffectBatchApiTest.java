package org.sequestra.registry.freezing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The relay's backlog path: several effects in one call, applied in order in one transaction, all
 * or none, each effect id once as for the single call.
 */
class FreezingEffectBatchApiTest extends RegistryIntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private Fixtures given;
  private String caseId;
  private String asset;
  private final String request = UUID.randomUUID().toString();

  @BeforeEach
  void anNlCaseWithAnAsset() throws Exception {
    given = new Fixtures(mvc);
    given.testReferenceRates();
    caseId = given.openCase(Fixtures.nlAnalyst());
    asset =
        given.asset(Fixtures.nlAnalyst(), caseId, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
  }

  /** One item of a batch: an effect of this test's request on its asset (none for access). */
  private String item(String effectId, String kind) {
    return item(effectId, kind, caseId, request);
  }

  private String item(String effectId, String kind, String caseId, String request) {
    String assets =
        kind.endsWith("ACCESS")
            ? ""
            : kind.equals("FROZEN")
                ? "{\"assetId\":\""
                    + asset
                    + "\",\"value\":{\"amount\":\"10.00\",\"currency\":\"EUR\"}}"
                : "{\"assetId\":\"" + asset + "\"}";
    return """
        {"effectId":"%s","effect":{"freezingRequestId":"%s","kind":"%s","caseId":"%s",
         "issuingAgency":"NL-ARO","executingAgency":"ES-ARO","assets":[%s],
         "legalBasis":{"orderReference":"ES-AN/2026/41","issuingAuthority":"Audiencia Nacional",
           "orderDate":"2026-11-20"},
         "occurredAt":"2026-11-23T10:00:00Z"}}
        """
        .formatted(effectId, request, kind, caseId, assets);
  }

  private ResultActions send(String bearer, List<String> items) throws Exception {
    return mvc.perform(
        post("/internal/v1/freezing-effects")
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"effects\":[" + String.join(",", items) + "]}"));
  }

  /** The batch sent by the freezing service and answered 200: the answer's body. */
  private String applied(List<String> items) throws Exception {
    return send(FreezingEffectApiTest.freezingService(), items)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String statusOfAsset() {
    return jdbc.queryForObject("select status from asset where id = ?::uuid", String.class, asset);
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class, request);
  }

  private void esSees(boolean sees) throws Exception {
    given
        .get(Fixtures.esAnalyst(), "/api/v1/cases/" + caseId)
        .andExpect(sees ? status().isOk() : status().isNotFound());
  }

  @Test
  void aBatchAppliesItsEffectsInOrderAndOnce() throws Exception {
    List<String> items =
        List.of(
            item(UUID.randomUUID().toString(), "GRANT_ACCESS"),
            item(UUID.randomUUID().toString(), "FREEZE_REQUESTED"),
            // FROZEN follows only from FREEZE_REQUESTED: it sees the batch's earlier effect
            item(UUID.randomUUID().toString(), "FROZEN"));
    String first = applied(items);
    assertThat(JsonPath.<List<Boolean>>read(first, "$.outcomes[*].applied"))
        .containsExactly(true, true, true);
    assertThat(JsonPath.<List<String>>read(first, "$.outcomes[*].outcome.kind"))
        .containsExactly("GRANT_ACCESS", "FREEZE_REQUESTED", "FROZEN");
    assertThat(JsonPath.<String>read(first, "$.outcomes[2].outcome.assets[0].status"))
        .isEqualTo("FROZEN");
    assertThat(statusOfAsset()).isEqualTo("FROZEN");
    esSees(true);
    assertThat(
            count(
                "select count(*) from audit_log where action = 'case.freezing-effect'"
                    + " and detail like '%' || ? || '%'"))
        .isEqualTo(3);

    // sent again (an answer lost on the way): nothing changes, the first outcomes come back
    String again = applied(items);
    assertThat(JsonPath.<List<Boolean>>read(again, "$.outcomes[*].applied"))
        .containsExactly(false, false, false);
    assertThat(JsonPath.<List<Object>>read(again, "$.outcomes[*].outcome"))
        .isEqualTo(JsonPath.<List<Object>>read(first, "$.outcomes[*].outcome"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from asset_transition where asset_id = ?::uuid",
                Integer.class,
                asset))
        .isEqualTo(2);
  }

  @Test
  void aRefusedEffectLeavesTheWholeBatchUnapplied() throws Exception {
    // FROZEN from IDENTIFIED is no transition: the access grant before it is not kept either
    send(
            FreezingEffectApiTest.freezingService(),
            List.of(
                item(UUID.randomUUID().toString(), "GRANT_ACCESS"),
                item(UUID.randomUUID().toString(), "FROZEN")))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(Fixtures.PROBLEM))
        .andExpect(jsonPath("$.currentStatus").value("IDENTIFIED"))
        .andExpect(jsonPath("$.requestedStatus").value("FROZEN"));
    esSees(false);
    assertThat(statusOfAsset()).isEqualTo("IDENTIFIED");
    // no effect id of the batch is spent: each can be sent again on its own
    assertThat(
            count(
                "select count(*) from applied_freezing_effect where freezing_request_id = ?::uuid"))
        .isZero();
  }

  @Test
  void concurrentBatchesOverTheSameCasesQueueInsteadOfDeadlocking() throws Exception {
    String other = given.openCase(Fixtures.nlAnalyst());
    for (int round = 0; round < 10; round++) {
      // the same two cases' access, in opposite orders, sent at the same moment
      String one = UUID.randomUUID().toString();
      String two = UUID.randomUUID().toString();
      List<String> forward =
          List.of(
              item(UUID.randomUUID().toString(), "GRANT_ACCESS", caseId, one),
              item(UUID.randomUUID().toString(), "GRANT_ACCESS", other, one));
      List<String> backward =
          List.of(
              item(UUID.randomUUID().toString(), "GRANT_ACCESS", other, two),
              item(UUID.randomUUID().toString(), "GRANT_ACCESS", caseId, two));
      CountDownLatch start = new CountDownLatch(1);
      try (ExecutorService senders = Executors.newFixedThreadPool(2)) {
        List<Future<Integer>> answers = new ArrayList<>();
        for (List<String> batch : List.of(forward, backward)) {
          answers.add(
              senders.submit(
                  () -> {
                    start.await();
                    return send(FreezingEffectApiTest.freezingService(), batch)
                        .andReturn()
                        .getResponse()
                        .getStatus();
                  }));
        }
        start.countDown();
        assertThat(List.of(answers.get(0).get(), answers.get(1).get()))
            .as("round %d", round)
            .containsOnly(200);
      }
    }
  }

  @Test
  void anAssetOfAnotherCaseIsRefusedInABatchAsOnItsOwn() throws Exception {
    String otherCase = given.openCase(Fixtures.nlAnalyst());
    String stranger =
        given.asset(
            Fixtures.nlAnalyst(), otherCase, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
    String strangerItem =
        item(UUID.randomUUID().toString(), "FREEZE_REQUESTED").replace(asset, stranger);
    send(
            FreezingEffectApiTest.freezingService(),
            List.of(item(UUID.randomUUID().toString(), "FREEZE_REQUESTED"), strangerItem))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("asset-not-in-case")));
    assertThat(statusOfAsset()).isEqualTo("IDENTIFIED");
  }

  @Test
  void onlyTheFreezingServiceSendsBatches() throws Exception {
    send(Fixtures.nlSupervisor(), List.of(item(UUID.randomUUID().toString(), "FREEZE_REQUESTED")))
        .andExpect(status().isForbidden());
    assertThat(statusOfAsset()).isEqualTo("IDENTIFIED");
  }

  @Test
  void aBatchIsBoundedAndNeverEmpty() throws Exception {
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      tooMany.add(item(UUID.randomUUID().toString(), "FREEZE_REQUESTED"));
    }
    send(FreezingEffectApiTest.freezingService(), tooMany)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("effects"));
    send(FreezingEffectApiTest.freezingService(), List.of())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("effects"));
    assertThat(statusOfAsset()).isEqualTo("IDENTIFIED");
  }
}
