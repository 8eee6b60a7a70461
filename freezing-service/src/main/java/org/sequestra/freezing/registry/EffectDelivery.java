package org.sequestra.freezing.registry;

import java.time.Instant;
import java.util.UUID;

/** An outbox effect with where its delivery to the registry stands. */
record EffectDelivery(
    UUID id,
    UUID requestId,
    String effect,
    Status status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt,
    Instant deliveredAt) {

  enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }
}
