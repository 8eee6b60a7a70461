package org.sequestra.platform.web;

/**
 * The object does not exist or the caller may not see it. Both answer 404 so that the existence of
 * another agency's objects does not leak.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
