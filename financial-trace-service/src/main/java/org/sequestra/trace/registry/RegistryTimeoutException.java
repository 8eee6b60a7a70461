package org.sequestra.trace.registry;

/** The registry did not answer within the read (or connect) timeout: a 504 for our caller. */
class RegistryTimeoutException extends RuntimeException {

  RegistryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
