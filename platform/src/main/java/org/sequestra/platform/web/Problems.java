package org.sequestra.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with the platform's type URIs and the request id, for the services
 * (request id from the logging context) and the gateway (request id from the exchange).
 */
public final class Problems {

  public static final String TYPE_PREFIX = "urn:sequestra:problem:";
  public static final String REQUEST_ID = "requestId";

  private Problems() {}

  public static URI type(String slug) {
    return URI.create(TYPE_PREFIX + slug);
  }

  public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
    return of(status, slug, title, detail, currentRequestId());
  }

  /**
   * @param requestId the request's id, {@code null} when there is none
   */
  public static ProblemDetail of(
      HttpStatusCode status, String slug, String title, String detail, String requestId) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug));
    problem.setTitle(title);
    if (requestId != null) {
      problem.setProperty(REQUEST_ID, requestId);
    }
    return problem;
  }

  public static ProblemDetail withRequestId(ProblemDetail problem) {
    String requestId = currentRequestId();
    if (requestId != null) {
      problem.setProperty(REQUEST_ID, requestId);
    }
    return problem;
  }

  /** The id of the request this thread works for (see {@link RequestIdFilter}), or null. */
  public static String currentRequestId() {
    return MDC.get(RequestIds.MDC_KEY);
  }

  /**
   * The problem as the JSON members of {@code application/problem+json}, for writers that serialise
   * it without Spring's problem-detail support (the gateway's reactive responses).
   *
   * @param instance the request path the problem is about
   */
  public static Map<String, Object> body(ProblemDetail problem, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("instance", instance);
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }
}
