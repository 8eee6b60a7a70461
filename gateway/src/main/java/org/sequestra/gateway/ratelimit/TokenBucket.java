package org.sequestra.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refills at {@code tokensPerSecond}, and each
 * request takes one. Plain Java; time is passed in (nanoseconds) so tests control it.
 */
public final class TokenBucket {

  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long lastRefill;

  public TokenBucket(double tokensPerSecond, int capacity, long now) {
    if (tokensPerSecond <= 0 || capacity < 1) {
      throw new IllegalArgumentException("token bucket needs a positive rate and capacity");
    }
    this.capacity = capacity;
    this.tokensPerNano = tokensPerSecond / 1_000_000_000d;
    this.tokens = capacity;
    this.lastRefill = now;
  }

  /**
   * Takes a token if there is one.
   *
   * @return 0 when the request may pass; otherwise the nanoseconds until a token is available
   */
  public synchronized long tryConsume(long now) {
    if (now > lastRefill) {
      tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
      lastRefill = now;
    }
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
  }

  public synchronized double available(long now) {
    if (now > lastRefill) {
      return Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
    }
    return tokens;
  }
}
