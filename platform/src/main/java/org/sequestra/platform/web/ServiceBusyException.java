package org.sequestra.platform.web;

import java.time.Duration;

/**
 * The service cannot take more work of this kind right now (HTTP 503 with {@code Retry-After}),
 * e.g. its bounded import queue is full. Nothing was done; the client may try again later.
 */
public class ServiceBusyException extends RuntimeException {

  private final String slug;
  private final Duration retryAfter;

  public ServiceBusyException(String slug, String message, Duration retryAfter) {
    super(message);
    this.slug = slug;
    this.retryAfter = retryAfter;
  }

  public String slug() {
    return slug;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
