package org.sequestra.freezing.webhook.domain;

/** Why an attempt failed, when it did. */
public enum AttemptError {
  /** The receiver answered, but not with 2xx. */
  HTTP_STATUS,
  /** No answer within the timeout. */
  TIMEOUT,
  /** Could not connect, or the connection broke (reset, closed without an answer). */
  CONNECTION_FAILED,
  /** The target is no longer allowed by configuration; nothing was sent. */
  TARGET_NOT_ALLOWED,
  /** The request could not be prepared (e.g. the secret did not open); nothing was sent. */
  NOT_SENT
}
