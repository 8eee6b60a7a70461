package org.sequestra.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sequestra.platform.idempotency.IdempotencyStore.Claim;
import org.sequestra.platform.idempotency.IdempotencyStore.Claimed;
import org.sequestra.platform.idempotency.IdempotencyStore.InProgress;
import org.sequestra.platform.idempotency.IdempotencyStore.Replay;
import org.sequestra.platform.idempotency.IdempotencyStore.Reused;
import org.sequestra.platform.idempotency.IdempotencyStore.Scope;
import org.sequestra.platform.idempotency.IdempotencyStore.StoredResponse;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.CallerAuthentication;
import org.sequestra.platform.web.ProblemWriter;
import org.sequestra.platform.web.Problems;
import org.sequestra.platform.web.RequestIdFilter;
import org.sequestra.platform.web.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for POSTs: the first request with a key runs and its response (status,
 * headers, body) is stored; a retry with the same key and the same request gets that response again
 * without running anything, marked {@code Idempotent-Replayed: true}. The same key with a different
 * request is 422; a retry while the first one still runs is 409. A response of 5xx is not kept, so
 * the client can retry with the same key. Keys are scoped per agency and caller.
 *
 * <p>Runs after Spring Security, so only authenticated callers get here and their identity scopes
 * the key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** Visible ASCII, as UUIDs and the usual random tokens are. */
  private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  /** Headers that belong to the exchange, not to the stored response. */
  private static final Set<String> NOT_REPLAYED =
      Set.of(
          RequestIdFilter.HEADER.toLowerCase(Locale.ROOT),
          "date",
          "content-length",
          "content-type",
          "transfer-encoding",
          "connection",
          "keep-alive");

  private final IdempotencyStore store;
  private final ProblemWriter problems;

  IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
    this.store = store;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (!ACCEPTABLE_KEY.matcher(key).matches()) {
      ProblemDetail problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "validation",
              "Request validation failed",
              HEADER + " must be 1 to 255 visible ASCII characters");
      problem.setProperty(
          "violations",
          List.of(new Violation(HEADER, "must be 1 to 255 visible ASCII characters")));
      problems.write(response, problem);
      return;
    }
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof CallerAuthentication authentication)) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = authentication.caller();
    byte[] body = request.getInputStream().readAllBytes();
    Scope scope = new Scope(caller.agency(), caller.subject(), key);
    Claim claim = store.claim(scope, fingerprint(request, body));
    switch (claim) {
      case Claimed claimed ->
          runAndStore(new CachedBodyRequest(request, body), response, chain, scope);
      case Replay replay -> replay(replay.response(), response);
      case InProgress inProgress ->
          problems.write(
              response,
              Problems.of(
                  HttpStatus.CONFLICT,
                  "idempotency-key-in-progress",
                  "Request still in progress",
                  "A request with this Idempotency-Key is still being processed; retry later."));
      case Reused reused ->
          problems.write(
              response,
              Problems.of(
                  HttpStatus.UNPROCESSABLE_CONTENT,
                  "idempotency-key-reused",
                  "Idempotency-Key reused",
                  "This Idempotency-Key was already used for a different request."
                      + " Use a new key for a new request."));
    }
  }

  private void runAndStore(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, Scope scope)
      throws ServletException, IOException {
    ContentCachingResponseWrapper capturing = new ContentCachingResponseWrapper(response);
    boolean stored = false;
    try {
      chain.doFilter(request, capturing);
      if (capturing.getStatus() < 500) {
        store.complete(
            scope,
            new StoredResponse(
                capturing.getStatus(), headersOf(capturing), capturing.getContentAsByteArray()));
        stored = true;
      }
    } finally {
      if (!stored) {
        store.release(scope);
      }
    }
    capturing.copyBodyToResponse();
  }

  private static Map<String, List<String>> headersOf(HttpServletResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (response.getContentType() != null) {
      headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
    }
    for (String name : response.getHeaderNames()) {
      if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        headers.put(name, new ArrayList<>(response.getHeaders(name)));
      }
    }
    return headers;
  }

  private static void replay(StoredResponse stored, HttpServletResponse response)
      throws IOException {
    response.setStatus(stored.status());
    stored
        .headers()
        .forEach(
            (name, values) -> {
              if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                response.setContentType(values.getFirst());
              } else {
                response.setHeader(name, values.getFirst());
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
              }
            });
    response.setHeader(REPLAYED_HEADER, "true");
    response.setContentLength(stored.body().length);
    response.getOutputStream().write(stored.body());
  }

  /** What makes two requests "the same": method, target and the exact body. */
  private static String fingerprint(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String target =
          request.getMethod()
              + ' '
              + request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
              + '\n';
      digest.update(target.getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
