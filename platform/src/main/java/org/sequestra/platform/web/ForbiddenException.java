package org.sequestra.platform.web;

/**
 * The caller may see the object but not do this to it (HTTP 403), e.g. write to a case shared
 * read-only. For objects the caller may not see at all, throw {@link NotFoundException}.
 */
public class ForbiddenException extends RuntimeException {

  private final String slug;

  public ForbiddenException(String slug, String message) {
    super(message);
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }
}
