package org.sequestra.platform.web;

/** The request is well-formed but cannot be processed as it stands (HTTP 422). */
public class UnprocessableException extends RuntimeException {

  private final String slug;

  public UnprocessableException(String slug, String message) {
    super(message);
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }
}
