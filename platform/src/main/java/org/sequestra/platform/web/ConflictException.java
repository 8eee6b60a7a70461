package org.sequestra.platform.web;

/** The request is valid but conflicts with the current state (HTTP 409). */
public class ConflictException extends RuntimeException {

  private final String slug;

  public ConflictException(String slug, String message) {
    super(message);
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }
}
