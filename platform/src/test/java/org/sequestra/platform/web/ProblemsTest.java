package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class ProblemsTest {

  @AfterEach
  void clearLoggingContext() {
    MDC.remove(RequestIds.MDC_KEY);
  }

  @Test
  void problemCarriesTheRequestIdOfTheLoggingContext() {
    MDC.put(RequestIds.MDC_KEY, "req-1");

    ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", "Taken.");

    assertThat(problem.getType()).hasToString("urn:sequestra:problem:conflict");
    assertThat(problem.getProperties()).containsEntry("requestId", "req-1");
  }

  @Test
  void explicitRequestIdOrNone() {
    MDC.put(RequestIds.MDC_KEY, "from-mdc");

    assertThat(Problems.of(HttpStatus.CONFLICT, "c", "C", "d", "from-exchange").getProperties())
        .containsEntry("requestId", "from-exchange");
    assertThat(Problems.of(HttpStatus.CONFLICT, "c", "C", "d", null).getProperties()).isNull();
  }

  @Test
  void bodyListsTheMembersInProblemJsonOrder() {
    Map<String, Object> body =
        Problems.body(
            Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "None.", "req-2"),
            "/api/x");

    assertThat(body)
        .containsExactly(
            Map.entry("type", "urn:sequestra:problem:not-found"),
            Map.entry("title", "Not found"),
            Map.entry("status", 404),
            Map.entry("detail", "None."),
            Map.entry("instance", "/api/x"),
            Map.entry("requestId", "req-2"));
  }

  @Test
  void bearerChallengeSaysWhetherATokenWasRejected() {
    var missing = new AuthenticationCredentialsNotFoundException("none");
    var rejected = new InvalidBearerTokenException("expired");

    assertThat(BearerProblems.challenge(missing)).isEqualTo("Bearer");
    assertThat(BearerProblems.challenge(rejected)).isEqualTo("Bearer error=\"invalid_token\"");
    assertThat(BearerProblems.unauthorized(missing, null).getDetail())
        .isEqualTo("A bearer token from a trusted issuer is required.");
    ProblemDetail problem = BearerProblems.unauthorized(rejected, "req-3");
    assertThat(problem.getStatus()).isEqualTo(401);
    assertThat(problem.getDetail()).isEqualTo("The bearer token was rejected: expired");
    assertThat(problem.getProperties()).containsEntry("requestId", "req-3");
  }
}
