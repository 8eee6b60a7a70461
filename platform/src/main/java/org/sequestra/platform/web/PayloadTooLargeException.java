package org.sequestra.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/** A request body grew past the size limit while it was read (HTTP 413). */
public class PayloadTooLargeException extends RuntimeException {

  private final DataSize limit;

  public PayloadTooLargeException(DataSize limit) {
    super("request body exceeds " + limit.toBytes() + " bytes", null, false, false);
    this.limit = limit;
  }

  public DataSize limit() {
    return limit;
  }

  static ProblemDetail problem(DataSize limit) {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "Request body too large",
        "The request body exceeds " + limit.toKilobytes() + " KB.");
  }
}
