package org.sequestra.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void burstThenRefillAtTheConfiguredRate() {
    TokenBucket bucket = new TokenBucket(2, 3, 0);
    assertThat(bucket.tryConsume(0)).isZero();
    assertThat(bucket.tryConsume(0)).isZero();
    assertThat(bucket.tryConsume(0)).isZero();
    long wait = bucket.tryConsume(0);
    assertThat(wait).isEqualTo(SECOND / 2);
    assertThat(bucket.tryConsume(SECOND / 4)).isPositive();
    assertThat(bucket.tryConsume(SECOND / 2)).isZero();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    TokenBucket bucket = new TokenBucket(100, 2, 0);
    assertThat(bucket.available(1000 * SECOND)).isEqualTo(2.0);
    assertThat(bucket.tryConsume(1000 * SECOND)).isZero();
    assertThat(bucket.tryConsume(1000 * SECOND)).isZero();
    assertThat(bucket.tryConsume(1000 * SECOND)).isPositive();
  }
}
