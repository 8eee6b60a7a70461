package org.sequestra.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.gateway.GatewayReplicas;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import redis.embedded.RedisServer;

/**
 * Two gateway replicas (two application contexts, each on its own port) sharing one real Redis: an
 * agency's limit holds for the deployment, not per replica. ES, CO and NL get 3 requests each and
 * (practically) no refill, so every request counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitReplicasTest {

  private static final int BURST = 3;
  private static int redisPort;
  private static RedisServer redis;
  private static WireMockServer services;
  private static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
  private static WebTestClient a;
  private static WebTestClient b;

  @BeforeAll
  static void startRedisAndTwoReplicas() throws IOException {
    redisPort = EmbeddedRedis.freePort();
    redis = EmbeddedRedis.start(redisPort);
    services = new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
    services.start();
    services.stubFor(get("/api/v1/me").willReturn(okJson("{}")));
    a = GatewayReplicas.client(startReplica());
    b = GatewayReplicas.client(startReplica());
    // the first requests should find the connection made (otherwise they would pass unchecked)
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                replicas.stream().allMatch(r -> r.getBean(RedisRateLimitStore.class).available()));
  }

  @AfterAll
  static void stopAll() throws IOException {
    replicas.forEach(ConfigurableApplicationContext::close);
    services.stop();
    if (redis != null) {
      redis.stop();
    }
  }

  @Test
  @Order(1)
  void oneAgencyLimitHoldsAcrossBothReplicas() {
    String es = bearer("agency-es");
    // spread over both replicas: together they pass exactly the agency's burst
    expectOk(a, es);
    expectOk(b, es);
    expectOk(a, es);

    expectTooManyRequests(b, es);
    expectTooManyRequests(a, es);
    assertThat(unchecked()).isZero();
  }

  @Test
  @Order(2)
  void agenciesAreLimitedIndependently() {
    String co = bearer("agency-co");
    for (int i = 0; i < BURST; i++) {
      expectOk(i % 2 == 0 ? b : a, co);
    }
    expectTooManyRequests(a, co);
    expectTooManyRequests(b, co);

    // CO's empty bucket takes nothing from NL's
    String nl = bearer("agency-nl");
    expectOk(a, nl);
    expectOk(b, nl);
    assertThat(unchecked()).isZero();
  }

  @Test
  @Order(3)
  void withRedisDownRequestsPassUncheckedAndAreCountedUntilItIsBack(CapturedOutput output)
      throws IOException {
    String es = bearer("agency-es");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> status(a, es) == 429); // empty already if the first test ran

    redis.stop();
    // fail open: ES's limit is exhausted, yet both replicas let its requests through
    for (int i = 0; i < 4; i++) {
      expectOk(i % 2 == 0 ? a : b, es);
    }
    for (ConfigurableApplicationContext replica : replicas) {
      MeterRegistry meters = replica.getBean(MeterRegistry.class);
      assertThat(meters.counter("sequestra.gateway.rate.limit.store.errors").count())
          .isGreaterThanOrEqualTo(1);
      assertThat(meters.counter("sequestra.gateway.rate.limit.unchecked").count())
          .isGreaterThanOrEqualTo(2);
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(output.getOut()).contains("Rate-limit store (Redis) failed"));
    // a Redis outage neither unreadies nor restarts a gateway
    for (String probe : List.of("readiness", "liveness")) {
      GatewayReplicas.management(replicas.getFirst())
          .get()
          .uri("/actuator/health/" + probe)
          .exchange()
          .expectStatus()
          .isOk();
    }
    assertThat(replicas.getFirst().getBean(PrometheusMeterRegistry.class).scrape())
        .contains("sequestra_gateway_rate_limit_store_errors_total")
        .contains("sequestra_gateway_rate_limit_unchecked_total");

    // Back (empty, as after a restart without persistence): ES gets a full bucket, then 429 again.
    redis = EmbeddedRedis.start(redisPort);
    for (WebTestClient replica : List.of(a, b)) {
      await()
          .atMost(Duration.ofSeconds(40))
          .pollInterval(Duration.ofMillis(300))
          .until(() -> status(replica, es) == 429);
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(output.getOut()).contains("Rate-limit store (Redis) answers again"));
  }

  private static ConfigurableApplicationContext startReplica() {
    List<String> properties =
        new ArrayList<>(
            List.of(
                "sequestra.keycloak-url=" + TestIssuers.baseUrl(),
                "sequestra.services.asset-registry-url=" + services.baseUrl(),
                "sequestra.services.financial-trace-url=" + services.baseUrl(),
                "sequestra.services.freezing-url=" + services.baseUrl(),
                "sequestra.gateway.rate-limit.store=redis",
                // generous: a slow test machine must not make a checked request pass unchecked
                "sequestra.gateway.rate-limit.store-timeout=5s",
                "spring.data.redis.host=127.0.0.1",
                "spring.data.redis.port=" + redisPort));
    for (String agency : List.of("ES-ARO", "CO-ARO", "NL-ARO")) {
      String prefix = "sequestra.gateway.rate-limit.agencies[" + agency + "].";
      properties.add(prefix + "requests-per-second=0.0001");
      properties.add(prefix + "burst=" + BURST);
    }
    ConfigurableApplicationContext replica = GatewayReplicas.start(properties);
    replicas.add(replica);
    return replica;
  }

  private static String bearer(String realm) {
    return TestIssuers.token(realm).roles("ARO_ANALYST").bearer();
  }

  private static void expectOk(WebTestClient replica, String bearer) {
    replica
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isOk();
  }

  private static void expectTooManyRequests(WebTestClient replica, String bearer) {
    replica
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:sequestra:problem:too-many-requests")
        .jsonPath("$.status")
        .isEqualTo(429);
  }

  private static int status(WebTestClient replica, String bearer) {
    return replica
        .get()
        .uri("/api/v1/me")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .returnResult(String.class)
        .getStatus()
        .value();
  }

  private static double unchecked() {
    return replicas.stream()
        .mapToDouble(
            r ->
                r.getBean(MeterRegistry.class)
                    .counter("sequestra.gateway.rate.limit.unchecked")
                    .count())
        .sum();
  }
}
