package org.sequestra.freezing.webhook.domain;

public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  /** The last allowed attempt failed: the dead letter, until replayed. */
  DEAD
}
