package org.sequestra.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.sequestra.platform.test.TestIssuers;

/**
 * Stand-in for the hub realm's token endpoint, for the freezing-service's client-credentials
 * identity (Keycloak is not started by the benchmarks): every POST gets a token of the hub realm
 * ({@code sequestra}) for the {@code freezing-service} client with role FREEZING_SERVICE, signed by
 * the platform's stand-in issuer ({@link TestIssuers}, whose keys the services fetch over HTTP).
 * The client secret is not checked. Tokens last an hour, so the relay fetches one per run.
 */
final class TokenEndpoint implements AutoCloseable {

  static final String PATH = "/realms/sequestra/protocol/openid-connect/token";

  private final HttpServer server;

  TokenEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        PATH,
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body =
              ("{\"access_token\":\""
                      + freezingServiceToken()
                      + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** As Keycloak issues it to the hub realm's freezing-service client (its service account). */
  static String freezingServiceToken() {
    return TestIssuers.token("sequestra")
        .username("service-account-freezing-service")
        .claim("azp", "freezing-service")
        .roles("FREEZING_SERVICE")
        .expiresAt(Instant.now().plus(Duration.ofHours(1)))
        .build();
  }

  /** The token URI to configure the freezing-service's client registration with. */
  String tokenUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
