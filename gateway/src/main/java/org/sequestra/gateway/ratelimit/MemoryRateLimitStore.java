package org.sequestra.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.sequestra.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

/** One {@link TokenBucket} per agency in this gateway replica's memory (the embedded default). */
final class MemoryRateLimitStore implements RateLimitStore {

  private final LongSupplier clock;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  MemoryRateLimitStore(LongSupplier clock) {
    this.clock = clock;
  }

  @Override
  public Mono<Long> tryConsume(String agency, GatewayProperties.Limit limit) {
    long now = clock.getAsLong();
    TokenBucket bucket =
        buckets.computeIfAbsent(
            agency, key -> new TokenBucket(limit.requestsPerSecond(), limit.burst(), now));
    return Mono.just(bucket.tryConsume(now));
  }
}
