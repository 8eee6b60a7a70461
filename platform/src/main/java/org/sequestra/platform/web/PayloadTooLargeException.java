package org.sequestra.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/**
 * A request body above the size limit (HTTP 413), declared or while it was read; thrown by the
 * services' and the gateway's size limit filters alike.
 */
public class PayloadTooLargeException extends RuntimeException {

  public static final String SLUG = "payload-too-large";
  public static final String TITLE = "Request body too large";

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
        SLUG,
        TITLE,
        "The request body exceeds " + limit.toKilobytes() + " KB.");
  }
}
