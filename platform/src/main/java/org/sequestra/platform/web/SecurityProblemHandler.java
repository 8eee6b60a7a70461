package org.sequestra.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401 and 403 from the security filter chain, as problem+json with a bearer challenge; and 400 for
 * requests the firewall rejects.
 */
public class SecurityProblemHandler
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private final ProblemWriter problemWriter;

  public SecurityProblemHandler(ProblemWriter problemWriter) {
    this.problemWriter = problemWriter;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerProblems.challenge(exception));
    problemWriter.write(
        response, BearerProblems.unauthorized(exception, Problems.currentRequestId()));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    problemWriter.write(response, forbidden());
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
      throws IOException {
    problemWriter.write(response, rejected());
  }

  /**
   * The firewall's message names the offending value, which may itself hold control characters: the
   * problem says only what kind of thing is refused.
   */
  public static org.springframework.http.ProblemDetail rejected() {
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        "rejected-request",
        "Request rejected",
        "The URL or a header contains characters that are not allowed (control characters,"
            + " encoded slashes, empty path segments or similar).");
  }

  public static org.springframework.http.ProblemDetail forbidden() {
    return Problems.of(
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Role required",
        "Your token does not carry a role that allows this operation.");
  }
}
