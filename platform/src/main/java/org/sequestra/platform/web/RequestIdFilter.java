package org.sequestra.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the {@code X-Request-Id} the gateway propagated (or makes one, see {@link RequestIds}),
 * echoes it in the response and puts it in the logging context so every log line of the request
 * carries it.
 */
public class RequestIdFilter extends OncePerRequestFilter {

  public static final String HEADER = RequestIds.HEADER;
  public static final String MDC_KEY = RequestIds.MDC_KEY;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = RequestIds.acceptOrCreate(request.getHeader(HEADER));
    MDC.put(MDC_KEY, requestId);
    response.setHeader(HEADER, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }
}
