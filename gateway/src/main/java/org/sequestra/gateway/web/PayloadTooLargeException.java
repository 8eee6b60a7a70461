package org.sequestra.gateway.web;

import org.springframework.util.unit.DataSize;

/** A request body above {@code sequestra.gateway.max-request-size} (declared or streamed). */
public class PayloadTooLargeException extends RuntimeException {

  private final DataSize limit;

  public PayloadTooLargeException(DataSize limit) {
    super("request body exceeds " + limit.toBytes() + " bytes", null, false, false);
    this.limit = limit;
  }

  public DataSize limit() {
    return limit;
  }
}
