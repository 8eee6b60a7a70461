package org.sequestra.platform.web;

/** An update came without {@code If-Match}, so it could overwrite a change unseen (HTTP 428). */
public class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String message) {
    super(message);
  }
}
