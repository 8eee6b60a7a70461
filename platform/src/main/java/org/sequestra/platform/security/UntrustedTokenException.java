package org.sequestra.platform.security;

/** A token that is well-formed but cannot be attributed to an agency the platform trusts. */
public class UntrustedTokenException extends RuntimeException {

  public UntrustedTokenException(String message) {
    super(message);
  }
}
