package org.sequestra.stack;

/**
 * A component of the local stack could not be started; the message says which and why (with its
 * log's tail).
 */
public class StackStartException extends RuntimeException {

  public StackStartException(String message) {
    super(message);
  }

  public StackStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
