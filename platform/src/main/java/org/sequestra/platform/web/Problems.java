package org.sequestra.platform.web;

import java.net.URI;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problems with the platform's type URIs and the current request id. */
public final class Problems {

  public static final String TYPE_PREFIX = "urn:sequestra:problem:";

  private Problems() {}

  public static URI type(String slug) {
    return URI.create(TYPE_PREFIX + slug);
  }

  public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug));
    problem.setTitle(title);
    withRequestId(problem);
    return problem;
  }

  public static ProblemDetail withRequestId(ProblemDetail problem) {
    String requestId = MDC.get(RequestIdFilter.MDC_KEY);
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return problem;
  }
}
