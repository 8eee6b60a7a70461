package org.sequestra.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class HubClientRegistrationsTest {

  @Test
  void withoutAClientSecretThereIsNoRegistration() {
    HubClientRegistrations registrations =
        new HubClientRegistrations(properties("http://127.0.0.1:1/realms/sequestra", " "));

    assertThat(registrations.findByRegistrationId("sequestra").blockOptional()).isEmpty();
  }

  @Test
  void anUnknownRegistrationIsNone() {
    HubClientRegistrations registrations =
        new HubClientRegistrations(properties("http://127.0.0.1:1/realms/sequestra", "s3cret"));

    assertThat(registrations.findByRegistrationId("google").blockOptional()).isEmpty();
  }

  @Test
  void aHubThatCannotBeReachedIsA503AndIsAskedAgainNextTime() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    HubClientRegistrations registrations =
        new HubClientRegistrations(
            properties("http://127.0.0.1:" + closed + "/realms/sequestra", "s3cret"));

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> registrations.findByRegistrationId("sequestra").block())
          .isInstanceOfSatisfying(
              ResponseStatusException.class,
              e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }
  }

  private static ConsoleProperties properties(String issuer, String secret) {
    return new ConsoleProperties(issuer, "console", secret, null, List.of("openid"));
  }
}
