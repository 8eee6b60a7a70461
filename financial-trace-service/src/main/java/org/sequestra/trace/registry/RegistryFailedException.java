package org.sequestra.trace.registry;

/** The registry failed (5xx, unreachable, unreadable answer): a 502 for our caller. */
class RegistryFailedException extends RuntimeException {

  RegistryFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
