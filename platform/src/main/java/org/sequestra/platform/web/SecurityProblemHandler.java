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

/** 401 and 403 from the security filter chain, as problem+json with a bearer challenge. */
public class SecurityProblemHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

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

  public static org.springframework.http.ProblemDetail forbidden() {
    return Problems.of(
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Role required",
        "Your token does not carry a role that allows this operation.");
  }
}
