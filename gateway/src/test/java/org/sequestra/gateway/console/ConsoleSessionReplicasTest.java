package org.sequestra.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.gateway.GatewayReplicas;
import org.sequestra.gateway.ratelimit.EmbeddedRedis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import redis.embedded.RedisServer;

/**
 * Two gateway replicas (two application contexts behind one public URL, as behind an ingress
 * without session affinity) keeping the console's sessions in one real Redis: a log-in started on
 * one replica completes on the other, either serves the session, and a log-out on one ends it on
 * both.
 */
class ConsoleSessionReplicasTest {

  private static final String SESSION = HubStub.SESSION;
  private static final String XSRF = HubStub.XSRF;

  private static RedisServer redis;
  private static HubStub hub;
  private static WireMockServer services;
  private static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
  private static WebTestClient a;
  private static WebTestClient b;

  @BeforeAll
  static void startRedisHubAndTwoReplicas() throws IOException {
    int redisPort = EmbeddedRedis.freePort();
    redis = EmbeddedRedis.start(redisPort);
    hub = new HubStub();
    services = new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
    services.start();
    a = GatewayReplicas.client(startReplica(redisPort));
    b = GatewayReplicas.client(startReplica(redisPort));
  }

  @AfterAll
  static void stopAll() throws IOException {
    replicas.forEach(ConfigurableApplicationContext::close);
    services.stop();
    hub.stop();
    if (redis != null) {
      redis.stop();
    }
  }

  @Test
  void aLogInStartedOnOneReplicaCompletesOnTheOtherAndBothServeTheSession() {
    String accessToken = hub.accessToken("nl-prosecutor", "agency-nl", Duration.ofMinutes(5));
    HubStub.Session session = hub.logIn(a, b, accessToken, "rt-replicas", 300);
    services.stubFor(get("/api/v1/cases/C-7").willReturn(okJson("{\"id\":\"C-7\"}")));

    for (WebTestClient replica : List.of(a, b)) {
      HubStub.whoAmI(replica, session)
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.username")
          .isEqualTo("nl-prosecutor")
          .jsonPath("$.agency")
          .isEqualTo("NL-ARO");
      replica
          .get()
          .uri("/api/v1/cases/C-7")
          .cookie(SESSION, session.id())
          .exchange()
          .expectStatus()
          .isOk();
    }
    services.verify(
        2,
        getRequestedFor(urlEqualTo("/api/v1/cases/C-7"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + accessToken)));
    // the session lives in Redis, under the gateway's namespace
    ReactiveStringRedisTemplate store =
        replicas.getFirst().getBean(ReactiveStringRedisTemplate.class);
    List<String> keys =
        store.keys("sequestra:console:*").collectList().block(Duration.ofSeconds(10));
    assertThat(keys).anyMatch(key -> key.endsWith(session.id()));
  }

  @Test
  void aLogOutOnOneReplicaEndsTheSessionOnBoth() {
    HubStub.Session session =
        hub.logIn(
            a, hub.accessToken("es-analyst", "agency-es", Duration.ofMinutes(5)), "rt-logout");
    HubStub.whoAmI(b, session).expectStatus().isOk();
    String xsrf = hub.csrfToken(b, session);

    b.post()
        .uri("/bff/logout")
        .cookie(SESSION, session.id())
        .cookie(XSRF, xsrf)
        .header("X-XSRF-TOKEN", xsrf)
        .exchange()
        .expectStatus()
        .isOk();

    for (WebTestClient replica : List.of(a, b)) {
      HubStub.whoAmI(replica, session).expectStatus().isUnauthorized();
    }
  }

  private static ConfigurableApplicationContext startReplica(int redisPort) {
    List<String> properties =
        List.of(
            "sequestra.keycloak-url=" + hub.baseUrl(),
            "sequestra.console.client-secret=console-test-secret",
            "sequestra.console.public-url=http://sequestra.test",
            "sequestra.console.session-store=redis",
            "spring.data.redis.host=127.0.0.1",
            "spring.data.redis.port=" + redisPort,
            "sequestra.services.asset-registry-url=" + services.baseUrl(),
            "sequestra.services.financial-trace-url=" + services.baseUrl(),
            "sequestra.services.freezing-url=" + services.baseUrl());
    ConfigurableApplicationContext replica = GatewayReplicas.start(properties);
    replicas.add(replica);
    return replica;
  }
}
