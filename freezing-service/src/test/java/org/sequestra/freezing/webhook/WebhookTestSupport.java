package org.sequestra.freezing.webhook;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.sequestra.freezing.event.RequestEvent;
import org.sequestra.freezing.event.RequestEvents;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring context for the webhook tests (one property source, so the context is shared), with
 * delivery switched on and fast: WireMock on localhost is the subscriber.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class WebhookTestSupport {

  static final WireMockServer SUBSCRIBER = startSubscriber();

  /** The test key sealing secrets at rest (32 bytes, base64). */
  static final String SEAL_KEY =
      Base64.getEncoder()
          .encodeToString("sequestra-webhook-test-key-32byt".getBytes(StandardCharsets.US_ASCII));

  static final String NL_SUPERVISOR =
      TestIssuers.token("agency-nl").username("nl-supervisor").roles("ARO_SUPERVISOR").bearer();
  static final String ES_SUPERVISOR =
      TestIssuers.token("agency-es").username("es-supervisor").roles("ARO_SUPERVISOR").bearer();
  static final String PLATFORM_ADMIN =
      TestIssuers.token("agency-nl").username("platform-admin").roles("PLATFORM_ADMIN").bearer();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RequestEvents events;
  @Autowired TransactionTemplate transactions;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
    registry.add("sequestra.webhooks.enabled", () -> "true");
    registry.add("sequestra.webhooks.poll-interval", () -> "50ms");
    registry.add("sequestra.webhooks.connect-timeout", () -> "1s");
    registry.add("sequestra.webhooks.timeout", () -> "2s");
    registry.add("sequestra.webhooks.max-attempts", () -> "4");
    registry.add("sequestra.webhooks.initial-backoff", () -> "100ms");
    registry.add("sequestra.webhooks.backoff-multiplier", () -> "2");
    registry.add("sequestra.webhooks.max-backoff", () -> "400ms");
    registry.add("sequestra.webhooks.secret-key", () -> SEAL_KEY);
  }

  private static WireMockServer startSubscriber() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  /** Each test starts with no subscription and nothing left to fan out from other tests. */
  @BeforeEach
  void startClean() {
    jdbc.sql("delete from webhook_subscription").update();
    jdbc.sql("update request_event set webhooks_fanned_out = true where not webhooks_fanned_out")
        .update();
    SUBSCRIBER.resetAll();
  }

  static String target(String path) {
    return "http://localhost:" + SUBSCRIBER.port() + path;
  }

  /** Creates a subscription; returns the creation response's body. */
  String subscribe(String bearer, String json) throws Exception {
    return mvc.perform(
            post("/api/v1/webhook-subscriptions")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static String id(String created) {
    return JsonPath.read(created, "$.subscription.id");
  }

  static String secret(String created) {
    return JsonPath.read(created, "$.secret");
  }

  /** Appends an event as the request lifecycle does, in a transaction of its own. */
  UUID append(String type, String issuing, String executing) {
    RequestEvent event =
        RequestEvent.of(
            UUID.randomUUID(),
            type,
            Instant.parse("2026-12-04T08:00:00Z"),
            issuing,
            executing,
            Map.of("status", type.substring(type.indexOf('.') + 1).toUpperCase()));
    transactions.executeWithoutResult(status -> events.append(event));
    return event.id();
  }

  /** The requests the subscriber received at {@code path}, oldest first. */
  static List<ServeEvent> received(String path) {
    return SUBSCRIBER.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getUrl().equals(path))
        .sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
        .toList();
  }

  String deliveryStatus(String subscription, UUID event) {
    return jdbc.sql(
            "select status from webhook_delivery where subscription_id = ?::uuid and event_id = ?")
        .params(subscription, event)
        .query(String.class)
        .optional()
        .orElse("NONE");
  }

  /** A receiver's check, written from the specification, not with the service's code. */
  static String expectedSignature(String secret, String id, String timestamp, String body)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    return "v1,"
        + Base64.getEncoder()
            .encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }
}
