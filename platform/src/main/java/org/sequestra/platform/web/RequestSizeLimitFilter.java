package org.sequestra.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses declared bodies above the configured size before anything reads them (413). */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final DataSize limit;
  private final ProblemWriter problemWriter;

  public RequestSizeLimitFilter(DataSize limit, ProblemWriter problemWriter) {
    this.limit = limit;
    this.problemWriter = problemWriter;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit.toBytes()) {
      problemWriter.write(
          response,
          Problems.of(
              HttpStatus.CONTENT_TOO_LARGE,
              "payload-too-large",
              "Request body too large",
              "The request body exceeds " + limit.toKilobytes() + " KB."));
      return;
    }
    chain.doFilter(request, response);
  }
}
