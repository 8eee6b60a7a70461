package org.sequestra.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Several instances behind one route (sequestra.services.*-url as a list), WireMock standing in for
 * them: asset-registry has two live instances, financial-trace a live and a dead one (a closed
 * port), freezing a single URL as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A loaded build machine can stall one exchange past WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
class LoadBalancingTest {

  private static final WireMockServer FIRST = startWireMock();
  private static final WireMockServer SECOND = startWireMock();
  private static final String DEAD = "http://127.0.0.1:" + closedPort();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestIssuers.register(registry);
    registry.add(
        "sequestra.services.asset-registry-url", () -> FIRST.baseUrl() + ", " + SECOND.baseUrl());
    registry.add("sequestra.services.financial-trace-url", () -> FIRST.baseUrl() + "," + DEAD);
    registry.add("sequestra.services.freezing-url", SECOND::baseUrl);
  }

  @AfterAll
  static void stopWireMock() {
    FIRST.stop();
    SECOND.stop();
  }

  @Autowired WebTestClient client;

  private static String nl() {
    return TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  }

  @Test
  void callsAreSpreadOverTheInstancesInTurn() {
    FIRST.stubFor(get("/api/v1/cases/C-RR").willReturn(okJson("{\"instance\":1}")));
    SECOND.stubFor(get("/api/v1/cases/C-RR").willReturn(okJson("{\"instance\":2}")));

    List<Integer> answeredBy = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answeredBy.add(
          client
              .get()
              .uri("/api/v1/cases/C-RR")
              .header(HttpHeaders.AUTHORIZATION, nl())
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody(InstanceAnswer.class)
              .returnResult()
              .getResponseBody()
              .instance());
    }

    assertThat(answeredBy).containsOnly(1, 2);
    assertThat(answeredBy.get(0)).isNotEqualTo(answeredBy.get(1));
    assertThat(answeredBy.subList(2, 4)).isEqualTo(answeredBy.subList(0, 2));
    FIRST.verify(2, getRequestedFor(urlEqualTo("/api/v1/cases/C-RR")));
    SECOND.verify(2, getRequestedFor(urlEqualTo("/api/v1/cases/C-RR")));
  }

  record InstanceAnswer(int instance) {}

  @Test
  void aReadThatCannotReachAnInstanceIsSentToTheNext() {
    FIRST.stubFor(get("/api/v1/datasets/D-RETRY").willReturn(okJson("{\"id\":\"D-RETRY\"}")));

    for (int i = 0; i < 4; i++) {
      client
          .get()
          .uri("/api/v1/datasets/D-RETRY")
          .header(HttpHeaders.AUTHORIZATION, nl())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.id")
          .isEqualTo("D-RETRY");
    }
    FIRST.verify(4, getRequestedFor(urlEqualTo("/api/v1/datasets/D-RETRY")));
  }

  @Test
  void aReadAnsweredWith503IsSentToTheNextInstance() {
    FIRST.stubFor(get("/api/v1/cases/C-BUSY").willReturn(aResponse().withStatus(503)));
    SECOND.stubFor(get("/api/v1/cases/C-BUSY").willReturn(okJson("{\"instance\":2}")));

    for (int i = 0; i < 4; i++) {
      client
          .get()
          .uri("/api/v1/cases/C-BUSY")
          .header(HttpHeaders.AUTHORIZATION, nl())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.instance")
          .isEqualTo(2);
    }
    SECOND.verify(4, getRequestedFor(urlEqualTo("/api/v1/cases/C-BUSY")));
    assertThat(
            FIRST
                .countRequestsMatching(getRequestedFor(urlEqualTo("/api/v1/cases/C-BUSY")).build())
                .getCount())
        .as("every other pick of the round robin is the busy instance")
        .isBetween(3, 4);
  }

  @Test
  void aWriteIsNeverSentTwice() {
    FIRST.stubFor(post("/api/v1/datasets").willReturn(aResponse().withStatus(201)));

    List<EntityExchangeResult<String>> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      answers.add(
          client
              .post()
              .uri("/api/v1/datasets")
              .header(HttpHeaders.AUTHORIZATION, nl())
              .header("Idempotency-Key", "write-" + i)
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{\"name\":\"ledger\"}")
              .exchange()
              .expectBody(String.class)
              .returnResult());
    }

    // In turn, one of the two went to the dead instance: it fails, and is not sent to the live one.
    assertThat(answers)
        .extracting(answer -> answer.getStatus().value())
        .containsExactlyInAnyOrder(201, 503);
    FIRST.verify(1, postRequestedFor(urlEqualTo("/api/v1/datasets")));
    EntityExchangeResult<String> failed =
        answers.stream()
            .filter(answer -> answer.getStatus().value() == 503)
            .findFirst()
            .orElseThrow();
    assertThat(failed.getResponseHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(failed.getResponseBody()).contains("urn:sequestra:problem:service-unavailable");
  }

  @Test
  void everyRouteGoesThroughTheLoadBalancer() {
    // a route with the URL property itself would take a list of instances for one host
    List<org.springframework.cloud.gateway.route.Route> all =
        routes.getRoutes().collectList().block();
    assertThat(all).isNotEmpty();
    assertThat(all)
        .allSatisfy(
            route -> assertThat(route.getUri().getScheme()).as(route.getId()).isEqualTo("lb"));
  }

  @Autowired org.springframework.cloud.gateway.route.RouteLocator routes;

  @Test
  void aSingleUrlIsTheOnlyInstance() {
    SECOND.stubFor(get("/api/v1/freezing-requests/F-1").willReturn(okJson("{\"id\":\"F-1\"}")));

    for (int i = 0; i < 2; i++) {
      client
          .get()
          .uri("/api/v1/freezing-requests/F-1")
          .header(HttpHeaders.AUTHORIZATION, nl())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.id")
          .isEqualTo("F-1");
    }
    SECOND.verify(2, getRequestedFor(urlEqualTo("/api/v1/freezing-requests/F-1")));
  }

  private static WireMockServer startWireMock() {
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
    server.start();
    return server;
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
