package org.sequestra.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * The 401 answer of a bearer-protected API (RFC 6750), the same from the services' security chain
 * and the gateway's: a challenge that says whether a presented token was rejected, and a problem.
 */
public final class BearerProblems {

  private BearerProblems() {}

  /** The {@code WWW-Authenticate} value. */
  public static String challenge(AuthenticationException exception) {
    return tokenPresented(exception) ? "Bearer error=\"invalid_token\"" : "Bearer";
  }

  /**
   * @param requestId the request's id, {@code null} when there is none
   */
  public static ProblemDetail unauthorized(AuthenticationException exception, String requestId) {
    String detail =
        tokenPresented(exception)
            ? "The bearer token was rejected: " + exception.getMessage()
            : "A bearer token from a trusted issuer is required.";
    return Problems.of(
        HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", detail, requestId);
  }

  private static boolean tokenPresented(AuthenticationException exception) {
    return exception instanceof OAuth2AuthenticationException;
  }
}
