package org.sequestra.freezing.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Delivery against a real subscriber (WireMock): signatures a receiver verifies, failures of every
 * kind then recovery with every event received exactly once by webhook-id, dead letters, replay,
 * scope and order.
 */
class WebhookDeliveryTest extends WebhookTestSupport {

  private static final String BASE = "/api/v1/webhook-subscriptions";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @Autowired MeterRegistry meters;
  @Autowired WebhookDispatcher dispatcher;
  @Autowired WebhookLogRetention retention;

  @Test
  void aReceiverVerifiesTheSignatureOfWhatItReceives() throws Exception {
    StubMapping accept = SUBSCRIBER.stubFor(post(urlEqualTo("/empact")).willReturn(ok()));
    String created =
        subscribe(PLATFORM_ADMIN, "{\"url\":\"" + target("/empact") + "\",\"scope\":\"PLATFORM\"}");

    UUID event = append("request.transmitted", "NL-ARO", "ES-ARO");

    await().atMost(WAIT).until(() -> accepted("/empact", accept).containsKey(event.toString()));
    ServeEvent received = accepted("/empact", accept).get(event.toString()).getFirst();
    String id = received.getRequest().getHeader("webhook-id");
    String timestamp = received.getRequest().getHeader("webhook-timestamp");
    String body = received.getRequest().getBodyAsString();
    assertThat(id).isEqualTo(event.toString());
    assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), offset(60L));
    assertThat(received.getRequest().getHeader("webhook-signature"))
        .isEqualTo(expectedSignature(secret(created), id, timestamp, body));
    assertThat(received.getRequest().getHeader("content-type")).startsWith("application/json");
    assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("request.transmitted");
    assertThat((String) JsonPath.read(body, "$.timestamp")).isEqualTo("2026-12-04T08:00:00Z");
    assertThat((String) JsonPath.read(body, "$.data.issuingAgency")).isEqualTo("NL-ARO");
    assertThat((String) JsonPath.read(body, "$.data.executingAgency")).isEqualTo("ES-ARO");
    assertThat((String) JsonPath.read(body, "$.data.status")).isEqualTo("TRANSMITTED");
    assertThat((String) JsonPath.read(body, "$.data.requestId")).isNotBlank();
  }

  @Test
  void serverErrorsThenRecoveryDeliverEveryEventOnceInOrder() throws Exception {
    failFirst("/nl", serverErrorResponse(), serverErrorResponse());
    StubMapping accept = acceptAfterwards("/nl");
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/nl") + "\"}"));

    List<UUID> sent = appendSeveral(3);

    assertEachAcceptedExactlyOnce("/nl", accept, sent);
    assertThat(accepted("/nl", accept).keySet().stream().toList())
        .containsExactlyElementsOf(sent.stream().map(UUID::toString).toList());
    // the first event was tried three times, always with the same webhook-id
    assertThat(received("/nl").subList(0, 3))
        .extracting(event -> event.getRequest().getHeader("webhook-id"))
        .containsOnly(sent.getFirst().toString());
    assertThat(attemptErrors(subscription)).containsExactly("HTTP_STATUS 500", "HTTP_STATUS 500");
  }

  @Test
  void slowAnswersBeyondTheTimeoutThenRecovery() throws Exception {
    failFirst("/slow", ok().withFixedDelay(4000));
    StubMapping accept = acceptAfterwards("/slow");
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/slow") + "\"}"));

    List<UUID> sent = appendSeveral(2);

    assertEachAcceptedExactlyOnce("/slow", accept, sent);
    assertThat(attemptErrors(subscription)).containsExactly("TIMEOUT");
  }

  @Test
  void anAnswerWhoseBodyTricklesInIsCutAtTheTimeout() throws Exception {
    StubMapping accept =
        SUBSCRIBER.stubFor(
            post(urlEqualTo("/trickle"))
                .willReturn(
                    ok().withBody("accepted ".repeat(20)).withChunkedDribbleDelay(20, 6000)));
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/trickle") + "\"}"));

    UUID event = append("request.received", "NL-ARO", "ES-ARO");

    await().atMost(WAIT).until(() -> deliveryStatus(subscription, event).equals("DELIVERED"));
    assertThat(accepted("/trickle", accept).get(event.toString())).hasSize(1);
    assertThat(
            jdbc.sql("select duration_ms from webhook_attempt where subscription_id = ?::uuid")
                .param(subscription)
                .query(Integer.class)
                .single())
        .isLessThan(4500);
  }

  @Test
  void droppedConnectionsThenRecovery() throws Exception {
    failFirst(
        "/dropped",
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.EMPTY_RESPONSE));
    StubMapping accept = acceptAfterwards("/dropped");
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/dropped") + "\"}"));

    List<UUID> sent = appendSeveral(3);

    assertEachAcceptedExactlyOnce("/dropped", accept, sent);
    // A reset or an empty answer is a broken connection; on a loaded machine the very first
    // request of a JVM may instead run into the timeout: either way one failed attempt each.
    assertThat(attemptErrors(subscription))
        .hasSize(2)
        .contains("CONNECTION_FAILED")
        .allMatch(error -> error.equals("CONNECTION_FAILED") || error.equals("TIMEOUT"));
  }

  @Test
  void afterTheLastFailedAttemptADeliveryIsDeadAndAReplayDeliversIt() throws Exception {
    StubMapping failing =
        SUBSCRIBER.stubFor(post(urlEqualTo("/down")).willReturn(serverError().withBody("down\n")));
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/down") + "\"}"));
    double deadBefore = counter("sequestra.webhooks.dead");

    UUID event = append("request.recognised", "NL-ARO", "ES-ARO");

    await().atMost(WAIT).until(() -> deliveryStatus(subscription, event).equals("DEAD"));
    assertThat(received("/down")).hasSize(4);
    assertThat(counter("sequestra.webhooks.dead")).isEqualTo(deadBefore + 1);
    mvc.perform(
            MockMvcRequestBuilders.get(BASE + "/" + subscription + "/attempts")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(4))
        .andExpect(jsonPath("$.items[0].attempt").value(4))
        .andExpect(jsonPath("$.items[0].httpStatus").value(500))
        .andExpect(jsonPath("$.items[0].errorKind").value("HTTP_STATUS"))
        .andExpect(jsonPath("$.items[0].responseExcerpt").value("down"))
        .andExpect(jsonPath("$.items[0].durationMs").isNumber());
    mvc.perform(
            MockMvcRequestBuilders.get(BASE + "/" + subscription + "/deliveries?status=DEAD")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(jsonPath("$.items[0].eventId").value(event.toString()))
        .andExpect(jsonPath("$.items[0].attempts").value(4));

    SUBSCRIBER.removeStub(failing);
    StubMapping accept = SUBSCRIBER.stubFor(post(urlEqualTo("/down")).willReturn(ok()));
    mvc.perform(
            MockMvcRequestBuilders.post(
                    BASE + "/" + subscription + "/deliveries/" + event + "/replay")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.attempts").value(0));

    assertEachAcceptedExactlyOnce("/down", accept, List.of(event));
    assertThat(received("/down"))
        .extracting(served -> served.getRequest().getHeader("webhook-id"))
        .containsOnly(event.toString());
    assertThat(
            jdbc.sql("select count(*) from audit_log where object_id = ? and action = ?")
                .params(subscription, "webhook-delivery.replay")
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void whatCannotBeSentEndsDeadWithoutLeavingTheService() throws Exception {
    String broken = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/broken") + "\"}"));
    String moved = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/moved") + "\"}"));
    // a secret that no longer opens (e.g. another key configured), a target no longer allowed
    jdbc.sql(
            "update webhook_subscription set secret = 'aesgcm:AAAAAAAAAAAAAAAAAAAAAAAAAAAA' where id = ?::uuid")
        .param(broken)
        .update();
    jdbc.sql(
            "update webhook_subscription set url = 'https://elsewhere.example/in' where id = ?::uuid")
        .param(moved)
        .update();

    UUID event = append("request.issued", "NL-ARO", "ES-ARO");

    await()
        .atMost(WAIT)
        .until(
            () ->
                deliveryStatus(broken, event).equals("DEAD")
                    && deliveryStatus(moved, event).equals("DEAD"));
    assertThat(attemptErrors(broken)).hasSize(4).containsOnly("NOT_SENT");
    assertThat(attemptErrors(moved)).hasSize(4).containsOnly("TARGET_NOT_ALLOWED");
    assertThat(received("/broken")).isEmpty();
  }

  @Test
  void replayingEveryDeadDeliveryOfASubscription() throws Exception {
    StubMapping failing = SUBSCRIBER.stubFor(post(urlEqualTo("/outage")).willReturn(serverError()));
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/outage") + "\"}"));
    List<UUID> sent = appendSeveral(2);
    await()
        .atMost(WAIT)
        .until(() -> sent.stream().allMatch(e -> deliveryStatus(subscription, e).equals("DEAD")));

    SUBSCRIBER.removeStub(failing);
    StubMapping accept = SUBSCRIBER.stubFor(post(urlEqualTo("/outage")).willReturn(ok()));
    mvc.perform(
            MockMvcRequestBuilders.post(BASE + "/" + subscription + "/deliveries/replay-dead")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.replayed").value(2));

    assertEachAcceptedExactlyOnce("/outage", accept, sent);
  }

  @Test
  void aDisabledSubscriptionHoldsItsEventsUntilEnabledAndAPendingOneIsNotReplayed()
      throws Exception {
    StubMapping accept = SUBSCRIBER.stubFor(post(urlEqualTo("/paused")).willReturn(ok()));
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/paused") + "\"}"));
    mvc.perform(
            MockMvcRequestBuilders.post(BASE + "/" + subscription + "/disable")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isOk());

    UUID event = append("request.issued", "NL-ARO", "ES-ARO");
    await().atMost(WAIT).until(() -> deliveryStatus(subscription, event).equals("PENDING"));
    Thread.sleep(300); // several dispatcher rounds
    assertThat(received("/paused")).isEmpty();
    mvc.perform(
            MockMvcRequestBuilders.post(
                    BASE + "/" + subscription + "/deliveries/" + event + "/replay")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isConflict());

    mvc.perform(
            MockMvcRequestBuilders.post(BASE + "/" + subscription + "/enable")
                .header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isOk());
    assertEachAcceptedExactlyOnce("/paused", accept, List.of(event));
  }

  @Test
  void anAgencySubscriptionHearsOnlyItsAgencysRequestsAndItsEventTypes() throws Exception {
    StubMapping nlAccept = SUBSCRIBER.stubFor(post(urlEqualTo("/nl")).willReturn(ok()));
    StubMapping esAccept = SUBSCRIBER.stubFor(post(urlEqualTo("/es")).willReturn(ok()));
    StubMapping typedAccept = SUBSCRIBER.stubFor(post(urlEqualTo("/es-typed")).willReturn(ok()));
    StubMapping allAccept = SUBSCRIBER.stubFor(post(urlEqualTo("/all")).willReturn(ok()));
    subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/nl") + "\"}");
    subscribe(ES_SUPERVISOR, "{\"url\":\"" + target("/es") + "\"}");
    subscribe(
        ES_SUPERVISOR,
        "{\"url\":\"" + target("/es-typed") + "\",\"eventTypes\":[\"request.recognised\"]}");
    subscribe(PLATFORM_ADMIN, "{\"url\":\"" + target("/all") + "\",\"scope\":\"PLATFORM\"}");

    UUID nlToEs = append("request.transmitted", "NL-ARO", "ES-ARO");
    UUID nlToCo = append("request.transmitted", "NL-ARO", "CO-ARO");
    UUID coToEs = append("request.recognised", "CO-ARO", "ES-ARO");
    UUID coDraft = append("request.drafted", "CO-ARO", null);
    List<UUID> all = List.of(nlToEs, nlToCo, coToEs, coDraft);

    assertEachAcceptedExactlyOnce("/all", allAccept, all);
    assertEachAcceptedExactlyOnce("/nl", nlAccept, List.of(nlToEs, nlToCo));
    assertEachAcceptedExactlyOnce("/es", esAccept, List.of(nlToEs, coToEs));
    assertEachAcceptedExactlyOnce("/es-typed", typedAccept, List.of(coToEs));
  }

  @Test
  void severalDispatchersAtOnceSendEachEventOnceOneAtATimeInOrder() throws Exception {
    StubMapping accept =
        SUBSCRIBER.stubFor(post(urlEqualTo("/ordered")).willReturn(ok().withFixedDelay(40)));
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/ordered") + "\"}"));
    List<UUID> sent = appendSeveral(8);

    // Three more "replicas" on top of the scheduled one, each with its own workers.
    ExecutorService replicas = Executors.newFixedThreadPool(3);
    long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    for (int i = 0; i < 3; i++) {
      replicas.submit(
          () -> {
            while (System.nanoTime() < until) {
              dispatcher.round();
              try {
                Thread.sleep(10); // a replica's poll interval, short
              } catch (InterruptedException e) {
                return;
              }
            }
          });
    }
    try {
      await().atMost(WAIT).until(() -> accepted("/ordered", accept).size() == sent.size());
      assertThat(attemptErrors(subscription)).isEmpty();
      assertEachAcceptedExactlyOnce("/ordered", accept, sent);
    } finally {
      replicas.shutdownNow();
      replicas.awaitTermination(10, TimeUnit.SECONDS);
    }
    List<ServeEvent> served = received("/ordered");
    assertThat(served)
        .extracting(event -> event.getRequest().getHeader("webhook-id"))
        .containsExactlyElementsOf(sent.stream().map(UUID::toString).toList());
    for (int i = 1; i < served.size(); i++) {
      // the next request only after the answer to the one before (40 ms later)
      assertThat(
              served.get(i).getRequest().getLoggedDate().getTime()
                  - served.get(i - 1).getRequest().getLoggedDate().getTime())
          .isGreaterThanOrEqualTo(35);
    }
  }

  @Test
  void afterARotationBothSecretsSignUntilTheGracePeriodEnds() throws Exception {
    StubMapping accept = SUBSCRIBER.stubFor(post(urlEqualTo("/rotated")).willReturn(ok()));
    String created = subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/rotated") + "\"}");
    String rotated =
        mvc.perform(
                MockMvcRequestBuilders.post(BASE + "/" + id(created) + "/rotate-secret")
                    .header("Authorization", NL_SUPERVISOR))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String newSecret = JsonPath.read(rotated, "$.secret");

    UUID event = append("request.issued", "NL-ARO", "ES-ARO");

    assertEachAcceptedExactlyOnce("/rotated", accept, List.of(event));
    var request = received("/rotated").getFirst().getRequest();
    String id = request.getHeader("webhook-id");
    String timestamp = request.getHeader("webhook-timestamp");
    assertThat(request.getHeader("webhook-signature").split(" "))
        .containsExactly(
            expectedSignature(newSecret, id, timestamp, request.getBodyAsString()),
            expectedSignature(secret(created), id, timestamp, request.getBodyAsString()));
  }

  @Test
  void theDeliveryLogForgetsAttemptsOlderThanItsRetention() throws Exception {
    StubMapping accept = SUBSCRIBER.stubFor(post(urlEqualTo("/kept")).willReturn(ok()));
    String subscription = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/kept") + "\"}"));
    UUID old = append("request.issued", "NL-ARO", "ES-ARO");
    UUID recent = append("request.transmitted", "NL-ARO", "ES-ARO");
    assertEachAcceptedExactlyOnce("/kept", accept, List.of(old, recent));
    jdbc.sql(
            "update webhook_attempt set attempted_at = now() - interval '91 days'"
                + " where event_id = ?")
        .param(old)
        .update();

    retention.sweep();

    assertThat(
            jdbc.sql("select event_id from webhook_attempt where subscription_id = ?::uuid")
                .param(subscription)
                .query(UUID.class)
                .list())
        .containsExactly(recent);
  }

  // --- helpers ---

  /** The first answers at {@code path}, one per failure, then (state "ok") what comes next. */
  private static void failFirst(String path, ResponseDefinitionBuilder... failures) {
    String state = STARTED;
    for (int i = 0; i < failures.length; i++) {
      String next = i == failures.length - 1 ? "ok" : "failure-" + (i + 1);
      SUBSCRIBER.stubFor(
          post(urlEqualTo(path))
              .inScenario(path)
              .whenScenarioStateIs(state)
              .willReturn(failures[i])
              .willSetStateTo(next));
      state = next;
    }
  }

  private static ResponseDefinitionBuilder serverErrorResponse() {
    return serverError().withBody("temporarily unavailable");
  }

  private static StubMapping acceptAfterwards(String path) {
    return SUBSCRIBER.stubFor(
        post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("ok").willReturn(ok()));
  }

  private List<UUID> appendSeveral(int count) {
    List<UUID> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(append("request.transmitted", "NL-ARO", "ES-ARO"));
    }
    return sent;
  }

  /**
   * The requests at {@code path} that the accepting stub answered in time, by webhook-id, in the
   * order they arrived.
   */
  private static Map<String, List<ServeEvent>> accepted(String path, StubMapping accepting) {
    return received(path).stream()
        .filter(
            event ->
                event.getStubMapping() != null
                    && accepting.getId().equals(event.getStubMapping().getId()))
        .collect(
            Collectors.groupingBy(
                event -> event.getRequest().getHeader("webhook-id"),
                LinkedHashMap::new,
                Collectors.toList()));
  }

  /**
   * Waits until every event was accepted, lets the dispatcher run a few more rounds, then checks
   * that each was accepted exactly once and that nothing else arrived.
   */
  private void assertEachAcceptedExactlyOnce(String path, StubMapping accepting, List<UUID> sent)
      throws InterruptedException {
    List<String> ids = sent.stream().map(UUID::toString).toList();
    await().atMost(WAIT).until(() -> accepted(path, accepting).keySet().containsAll(ids));
    Thread.sleep(300);
    Map<String, List<ServeEvent>> accepted = accepted(path, accepting);
    assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(accepted.values()).allSatisfy(each -> assertThat(each).hasSize(1));
    assertThat(received(path))
        .extracting(event -> event.getRequest().getHeader("webhook-id"))
        .allMatch(ids::contains);
  }

  private List<String> attemptErrors(String subscription) {
    return jdbc.sql(
            "select concat_ws(' ', error_kind, http_status) from webhook_attempt"
                + " where subscription_id = ?::uuid and error_kind is not null order by id")
        .param(subscription)
        .query(String.class)
        .list();
  }

  private double counter(String name) {
    var counter = meters.find(name).counter();
    return counter == null ? 0 : counter.count();
  }
}
