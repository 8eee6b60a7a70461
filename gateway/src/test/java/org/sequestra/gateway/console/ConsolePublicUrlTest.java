package org.sequestra.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
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

  private static final WireMockServer HUB =
      new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    HUB.start();
    String issuer = HUB.baseUrl() + "/realms/sequestra";
    HUB.stubFor(
        get("/realms/sequestra/.well-known/openid-configuration")
            .willReturn(
                okJson(
                    """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                     "token_endpoint": "%1$s/protocol/openid-connect/token",
                     "jwks_uri": "%1$s/protocol/openid-connect/certs",
                     "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"]}
                    """
                        .formatted(issuer))));
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
    var result =
        client
            .get()
            .uri("/oauth2/authorization/sequestra")
            .exchange()
            .expectStatus()
            .isFound()
            .expectBody()
            .returnResult();
    String redirectUri =
        UriComponentsBuilder.fromUri(result.getResponseHeaders().getLocation())
            .build(true)
            .getQueryParams()
            .getFirst("redirect_uri");
    assertThat(URLDecoder.decode(redirectUri, StandardCharsets.UTF_8))
        .isEqualTo("https://sequestra.example.org/login/oauth2/code/sequestra");
    assertThat(result.getResponseCookies().getFirst("SEQUESTRA_SESSION").isSecure()).isTrue();

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
