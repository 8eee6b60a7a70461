package org.sequestra.platform.web;

/** The client's {@code If-Match} names a version that is no longer current (HTTP 412). */
public class PreconditionFailedException extends RuntimeException {

  public PreconditionFailedException(String message) {
    super(message);
  }
}
