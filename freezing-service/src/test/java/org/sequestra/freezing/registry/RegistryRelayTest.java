package org.sequestra.freezing.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry relay against WireMock standing in for the asset registry and for the hub's token
 * endpoint (one server, on a port that refuses connections until a test "starts the registry"). The
 * relay's own thread is off here (tests run rounds themselves) except where a test starts it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryRelayTest {

  private static final int PORT = freePort();
  private static final String TOKEN_PATH = "/realms/sequestra/protocol/openid-connect/token";
  private static final String OUTCOME =
      """
      {"effectId":"00000000-0000-0000-0000-000000000001",
       "freezingRequestId":"00000000-0000-0000-0000-000000000002","kind":"FROZEN",
       "caseId":"00000000-0000-0000-0000-000000000003","appliedAt":"2026-12-04T08:00:00Z",
       "assets":[]}
      """;

  @Autowired RegistryOutbox outbox;
  @Autowired RegistryRelay relay;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired OAuth2AuthorizedClientService tokens;
  @Autowired MeterRegistry meters;
  @Autowired MockMvc mvc;

  private WireMockServer registry;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry properties) {
    TestDatabase.register(properties, "freezing");
    TestIssuers.register(properties);
    properties.add("sequestra.registry.url", () -> "http://127.0.0.1:" + PORT);
    properties.add(
        "spring.security.oauth2.client.provider.sequestra-hub.token-uri",
        () -> "http://127.0.0.1:" + PORT + TOKEN_PATH);
    properties.add(
        "spring.security.oauth2.client.registration.freezing-service.client-secret",
        () -> "relay-test-secret");
    properties.add("sequestra.registry.relay.enabled", () -> "false");
    // long, so that only the wake-up after a commit can explain a quick delivery
    properties.add("sequestra.registry.relay.poll-interval", () -> "30s");
    properties.add("sequestra.registry.relay.initial-backoff", () -> "20ms");
    properties.add("sequestra.registry.relay.max-backoff", () -> "40ms");
  }

  @BeforeEach
  void anEmptyOutboxAndNoToken() {
    jdbc.sql("delete from registry_outbox").update();
    relay.registryReached();
    tokens.removeAuthorizedClient("freezing-service", "freezing-service");
  }

  @AfterEach
  void registryDown() {
    relay.stop();
    if (registry != null) {
      registry.stop();
      registry = null;
    }
  }

  /** The registry (and the token endpoint) comes up, applying every effect. */
  private void registryUp() {
    registry = new WireMockServer(wireMockConfig().port(PORT).http2PlainDisabled(true));
    registry.start();
    registry.stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":300}")));
    answer(201, OUTCOME);
  }

  private void answer(int status, String body) {
    registry.stubFor(
        put(urlPathMatching("/internal/v1/freezing-effects/.*"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader(
                        "Content-Type",
                        status < 300 ? "application/json" : "application/problem+json")
                    .withBody(body)));
  }

  private static RegistryEffect effect(UUID request, RegistryEffect.Kind kind) {
    return new RegistryEffect(
        UUID.randomUUID(),
        request,
        kind,
        UUID.randomUUID(),
        "NL-ARO",
        "ES-ARO",
        List.of(
            new RegistryEffect.AssetEffect(UUID.randomUUID(), new BigDecimal("1500.00"), "EUR")),
        new RegistryEffect.LegalBasis(
            "ES-AN/2026/41", "Audiencia Nacional", LocalDate.of(2026, 12, 3)),
        null);
  }

  /** Writes the effects of several requests, each in the transaction of its "change". */
  private Map<UUID, List<UUID>> written(int requests, int effectsEach) {
    Map<UUID, List<UUID>> byRequest = new LinkedHashMap<>();
    RegistryEffect.Kind[] lifecycle = {
      RegistryEffect.Kind.GRANT_ACCESS,
      RegistryEffect.Kind.FREEZE_REQUESTED,
      RegistryEffect.Kind.FROZEN,
      RegistryEffect.Kind.RELEASED
    };
    for (int step = 0; step < effectsEach; step++) {
      for (int r = 0; r < requests; r++) {
        UUID request = step == 0 ? UUID.randomUUID() : new ArrayList<>(byRequest.keySet()).get(r);
        RegistryEffect effect = effect(request, lifecycle[step % lifecycle.length]);
        transactions.executeWithoutResult(status -> outbox.add(effect));
        byRequest.computeIfAbsent(request, id -> new ArrayList<>()).add(effect.id());
      }
    }
    return byRequest;
  }

  private long pending() {
    return jdbc.sql("select count(*) from registry_outbox where status = 'PENDING'")
        .query(Long.class)
        .single();
  }

  private void drain() {
    await(
        () -> {
          relay.relayOnce();
          return pending() == 0;
        },
        Duration.ofSeconds(30));
  }

  private static void await(BooleanSupplier done, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not done within " + timeout);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Effect ids the registry applied (2xx), oldest first, with the request each belongs to. */
  private List<String[]> applied() {
    List<ServeEvent> events = new ArrayList<>(registry.getAllServeEvents());
    events.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
    List<String[]> applied = new ArrayList<>();
    for (ServeEvent event : events) {
      String url = event.getRequest().getUrl();
      if (url.startsWith("/internal/v1/freezing-effects/")
          && event.getResponse().getStatus() < 300) {
        JsonNode body = json.readTree(event.getRequest().getBodyAsString());
        applied.add(
            new String[] {
              url.substring(url.lastIndexOf('/') + 1), body.path("freezingRequestId").asString()
            });
      }
    }
    return applied;
  }

  /** Every written effect applied exactly once, and each request's effects in their order. */
  private void assertDeliveredOnceInOrder(Map<UUID, List<UUID>> written) {
    List<String[]> applied = applied();
    Map<String, List<String>> seen = new LinkedHashMap<>();
    for (String[] effect : applied) {
      seen.computeIfAbsent(effect[1], id -> new ArrayList<>()).add(effect[0]);
    }
    assertThat(applied).hasSize(written.values().stream().mapToInt(List::size).sum());
    written.forEach(
        (request, effects) ->
            assertThat(seen.get(request.toString()))
                .as("request %s", request)
                .containsExactlyElementsOf(effects.stream().map(UUID::toString).toList()));
  }

  @Test
  void effectsWrittenWhileTheRegistryIsDownAreDeliveredOnceInOrderWhenItIsBack() {
    Map<UUID, List<UUID>> written = written(5, 4);

    // connection refused (the token endpoint as well): nothing delivered, every request waits
    relay.relayOnce();
    assertThat(pending()).isEqualTo(20);
    assertThat(
            jdbc.sql(
                    "select count(*) from registry_outbox where attempts = 1"
                        + " and last_error is not null and next_attempt_at is not null")
                .query(Long.class)
                .single())
        .as("each request's first effect was tried once, the others wait behind it")
        .isEqualTo(5);
    assertThat(meters.get("sequestra.registry.relay.pending").gauge().value()).isEqualTo(20);
    assertThat(meters.get("sequestra.registry.relay.oldest.pending.age").gauge().value())
        .isGreaterThanOrEqualTo(0);

    // up, but failing: 503
    registryUp();
    answer(503, "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}");
    await(
        () -> {
          relay.relayOnce();
          return registry
                  .countRequestsMatching(
                      putRequestedFor(urlPathMatching("/internal/v1/freezing-effects/.*")).build())
                  .getCount()
              >= 10;
        },
        Duration.ofSeconds(10));
    assertThat(pending()).isEqualTo(20);
    assertThat(jdbc.sql("select max(last_error) from registry_outbox").query(String.class).single())
        .contains("HTTP 503");

    // and back
    answer(201, OUTCOME);
    drain();
    assertDeliveredOnceInOrder(written);
    assertThat(
            jdbc.sql(
                    "select count(*) from registry_outbox where status = 'DELIVERED'"
                        + " and delivered_at is not null and last_error is null")
                .query(Long.class)
                .single())
        .isEqualTo(20);
  }

  @Test
  void whenTheRegistryIsBackEveryEffectThatWaitedForItIsDueAtOnceNotAfterItsBackOff() {
    Map<UUID, List<UUID>> written = written(3, 2);
    // one more request, held back by a failure of its own effect (an HTTP 500), for an hour
    RegistryEffect ownFailure = effect(UUID.randomUUID(), RegistryEffect.Kind.FROZEN);
    transactions.executeWithoutResult(status -> outbox.add(ownFailure));

    // the registry (and its token endpoint) cannot be reached: the heads fail
    relay.relayOnce();
    assertThat(
            jdbc.sql(
                    "select count(*) from registry_outbox where attempts = 1"
                        + " and (last_error like 'registry unreachable: %'"
                        + " or last_error like 'no token for the registry: %')")
                .query(Long.class)
                .single())
        .isEqualTo(4);
    // still away: a round tries one request (the probe), not every due one
    jdbc.sql("update registry_outbox set next_attempt_at = now() where attempts > 0").update();
    sleep(Duration.ofMillis(30)); // the probe interval (initial back-off) is 20 ms here
    relay.relayOnce();
    assertThat(jdbc.sql("select sum(attempts) from registry_outbox").query(Long.class).single())
        .isEqualTo(5);
    // as after many attempts in a long outage: each head waits an hour more
    jdbc.sql(
            "update registry_outbox set next_attempt_at = now() + interval '1 hour'"
                + " where attempts > 0")
        .update();
    jdbc.sql("update registry_outbox set last_error = 'HTTP 500 about:blank: boom' where id = ?")
        .param(ownFailure.id())
        .update();

    registryUp();
    // nothing is due: one waiting head is tried (the probe); once it is applied, the heads that
    // waited for the registry are due at once, and the one that failed on its own still waits
    sleep(Duration.ofMillis(30)); // the next probe
    relay.relayOnce();
    assertThat(applied()).hasSize(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from registry_outbox where status = 'PENDING'"
                        + " and attempts = 1 and next_attempt_at is null")
                .query(Long.class)
                .single())
        .isEqualTo(2);
    relay.relayOnce();
    assertThat(pending()).isEqualTo(1);
    assertDeliveredOnceInOrder(written);
    assertThat(
            jdbc.sql(
                    "select count(*) from registry_outbox where id = ? and status = 'PENDING'"
                        + " and next_attempt_at > now() + interval '50 minutes'")
                .param(ownFailure.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aRefusalIsAPermanentFailureThatDoesNotBlockTheNextEffect() {
    registryUp();
    UUID request = UUID.randomUUID();
    RegistryEffect refused = effect(request, RegistryEffect.Kind.FROZEN);
    RegistryEffect next = effect(request, RegistryEffect.Kind.RELEASED);
    transactions.executeWithoutResult(status -> outbox.add(refused));
    transactions.executeWithoutResult(status -> outbox.add(next));
    String problem =
        "{\"type\":\"https://sequestra.example/problems/transition-not-allowed\","
            + "\"title\":\"Transition not allowed\",\"status\":409,"
            + "\"detail\":\"cannot move an asset from IDENTIFIED to FROZEN\"}";
    registry.stubFor(
        put(urlPathEqualTo("/internal/v1/freezing-effects/" + refused.id()))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem)));
    // the batch holding it is refused as a whole, as the registry does (all or none)
    registry.stubFor(
        post(urlPathEqualTo("/internal/v1/freezing-effects"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem)));
    double fallbacks = meters.get("sequestra.registry.relay.batch.fallbacks").counter().count();

    drain();
    drain();

    assertThat(meters.get("sequestra.registry.relay.batch.fallbacks").counter().count())
        .as("the refused batch was sent again effect by effect")
        .isEqualTo(fallbacks + 1);

    assertThat(
            jdbc.sql("select status, last_error from registry_outbox where id = ?")
                .param(refused.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .single())
        .startsWith("FAILED HTTP 409")
        .contains("transition-not-allowed")
        .contains("IDENTIFIED to FROZEN");
    assertThat(
            jdbc.sql("select status from registry_outbox where id = ?")
                .param(next.id())
                .query(String.class)
                .single())
        .isEqualTo("DELIVERED");
    // refused once, never again
    assertThat(
            registry
                .countRequestsMatching(
                    putRequestedFor(urlPathEqualTo("/internal/v1/freezing-effects/" + refused.id()))
                        .build())
                .getCount())
        .isEqualTo(1);
    assertThat(meters.get("sequestra.registry.relay.failed").gauge().value()).isEqualTo(1);
  }

  @Test
  void aBacklogGoesToTheRegistryAsOneBatchInOrder() {
    Map<UUID, List<UUID>> written = written(5, 4);
    registryUp();
    registry.stubFor(
        post(urlPathEqualTo("/internal/v1/freezing-effects"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"outcomes\":[]}")));

    relay.relayOnce();

    assertThat(pending()).isZero();
    List<ServeEvent> batches =
        registry.getAllServeEvents().stream()
            .filter(event -> event.getRequest().getUrl().equals("/internal/v1/freezing-effects"))
            .toList();
    assertThat(batches).hasSize(1);
    assertThat(
            registry
                .countRequestsMatching(
                    putRequestedFor(urlPathMatching("/internal/v1/freezing-effects/.*")).build())
                .getCount())
        .as("no effect sent on its own")
        .isZero();
    // the round's effects in the order they were stored, so each request's in its order
    JsonNode body = json.readTree(batches.get(0).getRequest().getBodyAsString());
    List<String> sent = new ArrayList<>();
    body.path("effects").forEach(item -> sent.add(item.path("effectId").asString()));
    assertThat(sent)
        .containsExactlyElementsOf(
            jdbc.sql("select id::text from registry_outbox order by seq")
                .query(String.class)
                .list());
    assertThat(body.path("effects").get(0).path("effect").path("kind").asString())
        .isEqualTo("GRANT_ACCESS");
    assertThat(
            jdbc.sql(
                    "select count(*) from registry_outbox where status = 'DELIVERED'"
                        + " and attempts = 1 and delivered_at is not null")
                .query(Long.class)
                .single())
        .isEqualTo(written.values().stream().mapToInt(List::size).sum());
  }

  @Test
  void theTokenIsFetchedOnceAndReused() {
    registryUp();
    for (int round = 0; round < 3; round++) {
      written(4, 2);
      drain();
    }

    assertThat(
            registry
                .countRequestsMatching(postRequestedFor(urlEqualTo(TOKEN_PATH)).build())
                .getCount())
        .isEqualTo(1);
    // a client-credentials grant of the freezing-service client, authenticated with its secret
    ServeEvent grant =
        registry.getAllServeEvents().stream()
            .filter(event -> event.getRequest().getUrl().equals(TOKEN_PATH))
            .findFirst()
            .orElseThrow();
    assertThat(grant.getRequest().getBodyAsString()).contains("grant_type=client_credentials");
    assertThat(grant.getRequest().getHeader("Authorization")).startsWith("Basic ");
    registry.verify(
        24,
        putRequestedFor(urlPathMatching("/internal/v1/freezing-effects/.*"))
            .withHeader("Authorization", equalTo("Bearer token-1")));
  }

  @Test
  void twoRelaysNeverSendTheSameEffectTwice() throws Exception {
    registryUp();
    registry.stubFor(
        put(urlPathMatching("/internal/v1/freezing-effects/.*"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withFixedDelay(3)
                    .withHeader("Content-Type", "application/json")
                    .withBody(OUTCOME)));
    Map<UUID, List<UUID>> written = written(60, 4);

    try (ExecutorService relays = Executors.newFixedThreadPool(2)) {
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        running.add(relays.submit(this::drain));
      }
      for (Future<?> done : running) {
        done.get();
      }
    }

    assertDeliveredOnceInOrder(written);
  }

  @Test
  void theRelayWakesUpWhenAnEffectIsCommitted() {
    registryUp();
    relay.startWorker();
    // the relay's first round finds nothing and waits (poll interval 30 s here)
    await(() -> pending() == 0, Duration.ofSeconds(5));

    long start = System.nanoTime();
    Map<UUID, List<UUID>> written = written(1, 1);
    await(() -> applied().size() == 1, Duration.ofSeconds(5));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertDeliveredOnceInOrder(written);
  }

  @Test
  void anOperatorSeesARefusedEffectAndQueuesItAgain() throws Exception {
    registryUp();
    RegistryEffect refused = effect(UUID.randomUUID(), RegistryEffect.Kind.FROZEN);
    transactions.executeWithoutResult(status -> outbox.add(refused));
    answer(
        422,
        "{\"type\":\"https://sequestra.example/problems/value-missing\",\"status\":422,"
            + "\"detail\":\"the asset's value is required\"}");
    drain();
    String admin = TestIssuers.token("agency-nl").roles("PLATFORM_ADMIN").bearer();

    mvc.perform(get("/api/v1/registry-effects").header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(refused.id().toString()))
        .andExpect(jsonPath("$.items[0].status").value("FAILED"))
        .andExpect(jsonPath("$.items[0].attempts").value(1))
        .andExpect(
            jsonPath("$.items[0].lastError").value(org.hamcrest.Matchers.startsWith("HTTP 422")))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    mvc.perform(
            get("/api/v1/registry-effects")
                .header(
                    "Authorization",
                    TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer()))
        .andExpect(status().isForbidden());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/registry-effects/" + UUID.randomUUID() + "/requeue")
                .header("Authorization", admin))
        .andExpect(status().isNotFound());

    // the registry's data was corrected: queued again, delivered
    answer(201, OUTCOME);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/registry-effects/" + refused.id() + "/requeue")
                .header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"));
    drain();
    assertThat(
            jdbc.sql("select status from registry_outbox where id = ?")
                .param(refused.id())
                .query(String.class)
                .single())
        .isEqualTo("DELIVERED");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/registry-effects/" + refused.id() + "/requeue")
                .header("Authorization", admin))
        .andExpect(status().isConflict());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'registry-effect.requeue'"
                        + " and object_id = ?")
                .param(refused.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
