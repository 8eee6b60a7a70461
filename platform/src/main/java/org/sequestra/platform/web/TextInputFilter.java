package org.sequestra.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sequestra.platform.text.ControlCharacters;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The platform's text rule for what a request carries outside its body: query parameters (names and
 * values), header values and path segments with a forbidden control character are refused with a
 * 400 naming the parameter, before any work is done (a look-up would otherwise run and then fail to
 * store its audit entry). JSON bodies are checked by {@link StrictJson}. The query string is
 * decoded here rather than through {@code getParameter}, which would read a form body.
 */
public class TextInputFilter extends OncePerRequestFilter {

  private final ProblemWriter problemWriter;

  public TextInputFilter(ProblemWriter problemWriter) {
    this.problemWriter = problemWriter;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<Violation> violations = new ArrayList<>();
    query(request.getQueryString(), violations);
    path(request.getRequestURI(), violations);
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        String reason = ControlCharacters.reason(value);
        if (reason != null) {
          violations.add(new Violation(name, reason));
          break;
        }
      }
    }
    if (!violations.isEmpty()) {
      problemWriter.write(response, ProblemDetailsAdvice.validation(violations));
      return;
    }
    chain.doFilter(request, response);
  }

  private static void query(String query, List<Violation> violations) {
    if (query == null || query.isEmpty()) {
      return;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
      if (name == null || value == null) {
        continue; // a malformed escape is the container's to refuse
      }
      String nameReason = ControlCharacters.reason(name);
      if (nameReason != null) {
        violations.add(new Violation(ControlCharacters.shown(name), "name " + nameReason));
        continue;
      }
      String reason = ControlCharacters.reason(value);
      if (reason != null && violations.stream().noneMatch(v -> v.field().equals(name))) {
        violations.add(new Violation(name, reason));
      }
    }
  }

  private static void path(String uri, List<Violation> violations) {
    if (uri == null || uri.indexOf('%') < 0) {
      return; // a raw control character cannot reach us in a request line
    }
    for (String segment : uri.split("/")) {
      String decoded = decoded(segment.replace("+", "%2B"));
      String reason = decoded == null ? null : ControlCharacters.reason(decoded);
      if (reason != null) {
        violations.add(new Violation("path", "segment " + reason));
        return;
      }
    }
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
