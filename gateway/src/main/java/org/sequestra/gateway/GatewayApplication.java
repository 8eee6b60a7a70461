package org.sequestra.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single entry point of the platform: routes {@code /api/v1/...} to the services, checks tokens
 * against the trust registry, limits rate and size per agency, stamps request ids and serves the
 * API contracts. Routes and resilience settings live in {@code application.yaml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  public static void main(String[] args) {
    // Reactor Netty waits a 2 s quiet period per event-loop group after graceful shutdown has
    // already drained the requests; without it the gateway stops in ~1 s instead of ~4 s.
    if (System.getProperty("reactor.netty.ioShutdownQuietPeriod") == null) {
      System.setProperty("reactor.netty.ioShutdownQuietPeriod", "0");
    }
    SpringApplication.run(GatewayApplication.class, args);
  }
}
