package org.sequestra.freezing.webhook;

/** A subscription's URL is not an allowed target: 422 naming the field {@code url}. */
class TargetRefusedException extends RuntimeException {

  TargetRefusedException(String reason) {
    super(reason);
  }
}
