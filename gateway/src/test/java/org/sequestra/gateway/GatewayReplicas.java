package org.sequestra.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Gateway replicas for tests: application contexts of their own, each on its own ports. */
public final class GatewayReplicas {

  private GatewayReplicas() {}

  /**
   * A replica with these properties ({@code name=value}) on free ports, shutting down at once. They
   * are passed as command-line arguments: those override application.yaml (builder properties would
   * not).
   */
  public static ConfigurableApplicationContext start(List<String> properties) {
    String[] arguments =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    "server.port=0", "server.shutdown=immediate", "management.server.port=0"),
                properties.stream())
            .map(property -> "--" + property)
            .toArray(String[]::new);
    return new SpringApplicationBuilder(GatewayApplication.class).run(arguments);
  }

  /** A client of the replica's API port, patient with a loaded build machine. */
  public static WebTestClient client(ConfigurableApplicationContext replica) {
    return clientOf(replica, "local.server.port");
  }

  /** A client of the replica's management port. */
  public static WebTestClient management(ConfigurableApplicationContext replica) {
    return clientOf(replica, "local.management.port");
  }

  private static WebTestClient clientOf(ConfigurableApplicationContext replica, String port) {
    return WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + replica.getEnvironment().getProperty(port))
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }
}
