package org.sequestra.gateway.security;

import org.sequestra.gateway.web.ProblemResponses;
import org.sequestra.gateway.web.RequestIdFilter;
import org.sequestra.platform.web.BearerProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 from the security chain, as problem+json with a bearer challenge (RFC 6750); the 401
 * is the services' ({@link BearerProblems}).
 */
public class BearerProblemHandler
    implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  private final ProblemResponses problems;

  public BearerProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
    return problems.write(
        exchange,
        BearerProblems.unauthorized(exception, RequestIdFilter.requestId(exchange)),
        headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, BearerProblems.challenge(exception)));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return problems.write(
        exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This operation is not allowed.");
  }
}
