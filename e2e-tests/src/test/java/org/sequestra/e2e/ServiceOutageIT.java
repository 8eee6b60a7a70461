package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import org.sequestra.stack.LocalStack;

/** The gateway answers 503 problem+json for a stopped service and recovers when it is back. */
@ExtendWith(RunningStack.class)
class ServiceOutageIT {

  private static final String SERVICE = "freezing-service";

  @Test
  void aStoppedServiceIs503AndTheGatewayRecoversWhenItReturns() throws InterruptedException {
    LocalStack stack = RunningStack.stack();
    Api api = new Api(stack.gatewayUrl());
    String token =
        new KeycloakLogin(stack.keycloakUrl())
            .password("agency-nl", "sequestra-cli", "nl-issuing", "demo");
    assertThat(api.get("/api/v1/freezing-requests", token).status()).isEqualTo(200);

    stack.stopService(SERVICE);
    try {
      Response down = api.get("/api/v1/freezing-requests", token);
      assertThat(down.status()).as(down.toString()).isEqualTo(503);
      assertThat(down.contentType()).startsWith("application/problem+json");
      assertThat(down.raw().body()).doesNotContain("Exception");
      // the other services are unaffected
      assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
    } finally {
      stack.startService(SERVICE);
    }

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    int status = 0;
    while (Instant.now().isBefore(deadline)) {
      status = api.get("/api/v1/freezing-requests", token).status();
      if (status == 200) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertThat(status).as("gateway recovered after the service came back").isEqualTo(200);
  }
}
