package org.sequestra.gateway.console;

import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A gateway without the console's client secret (deployments from before the console): it starts,
 * serves the API as before and keeps no session; the log-in paths say why they cannot work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A loaded build machine can stall one exchange past WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
class ConsoleLoginNotConfiguredTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestIssuers.register(registry);
    registry.add("sequestra.console.client-secret", () -> "");
  }

  @Autowired WebTestClient client;

  @Test
  void logInAnswersAProblemThatSaysItIsNotConfigured() {
    for (String path :
        new String[] {"/oauth2/authorization/sequestra", "/login/oauth2/code/sequestra?code=c"}) {
      client
          .get()
          .uri(path)
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:sequestra:problem:console-login-unavailable");
    }
  }

  @Test
  void noSessionIsKeptAndTheApiStillWantsABearerToken() {
    client
        .get()
        .uri("/bff/session")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .doesNotExist(HttpHeaders.SET_COOKIE);
    client
        .post()
        .uri("/api/v1/cases")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectHeader()
        .doesNotExist(HttpHeaders.SET_COOKIE);
  }

  @Test
  void theConsoleFilesAreServedAnyway() {
    client
        .get()
        .uri("/console/freeze-status")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            body ->
                org.assertj.core.api.Assertions.assertThat(body).contains("console-test-index"));
  }
}
