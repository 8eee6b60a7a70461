package org.sequestra.freezing.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry relay: how often it looks for effects when not woken by a commit, how many it claims
 * at once (at most the registry's batch limit), how many requests it sends for in parallel when a
 * batch is refused, and its back-off after a passing failure (doubling from {@code initialBackoff}
 * up to {@code maxBackoff}, retried without end).
 */
@ConfigurationProperties("sequestra.registry.relay")
public record RelayProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("200ms") Duration pollInterval,
    @DefaultValue("200") int batchSize,
    @DefaultValue("16") int concurrency,
    @DefaultValue("1s") Duration initialBackoff,
    @DefaultValue("5m") Duration maxBackoff) {

  public RelayProperties {
    if (batchSize < 1 || concurrency < 1) {
      throw new IllegalArgumentException("batch size and concurrency must be positive");
    }
    if (batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batch size "
              + batchSize
              + " is more than the registry takes in one call ("
              + MAX_BATCH_SIZE
              + ")");
    }
  }

  /** The registry's limit for one batch call ({@code FreezingEffectBatch.effects} maxItems). */
  static final int MAX_BATCH_SIZE = 200;

  /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
  Duration backoff(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(factor);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
