package org.sequestra.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A gateway behind a proxy that ends TLS (sequestra.console.public-url is https): the log-in's
 * redirect URI is the public one, not the request's, and the console's cookies are Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A loaded build machine can stall one exchange past WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
class ConsolePublicUrlTest {

  private static final HubStub HUB = new HubStub();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("sequestra.keycloak-url", HUB::baseUrl);
    registry.add("sequestra.console.client-secret", () -> "console-test-secret");
    registry.add("sequestra.console.public-url", () -> "https://sequestra.example.org/");
    registry.add("server.reactive.session.cookie.secure", () -> "true");
  }

  @AfterAll
  static void stop() {
    HUB.stop();
  }

  @Autowired WebTestClient client;

  @Test
  void theRedirectUriIsThePublicOneAndTheCookiesAreSecure() {
    HubStub.Started started = HUB.startLogin(client);
    String redirectUri =
        UriComponentsBuilder.fromUri(started.location())
            .build(true)
            .getQueryParams()
            .getFirst("redirect_uri");
    assertThat(URLDecoder.decode(redirectUri, StandardCharsets.UTF_8))
        .isEqualTo("https://sequestra.example.org/login/oauth2/code/sequestra");
    assertThat(started.session().isSecure()).isTrue();

    ResponseCookie xsrf =
        client
            .get()
            .uri("/console/")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseCookies()
            .getFirst("XSRF-TOKEN");
    assertThat(xsrf).isNotNull();
    assertThat(xsrf.isSecure()).isTrue();
  }
}
