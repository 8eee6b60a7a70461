package org.sequestra.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.gateway.GatewayProperties.Limit;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import redis.embedded.RedisServer;

/** The shared bucket's script against a real Redis server, and the store's fail-open behaviour. */
class RedisRateLimitStoreTest {

  private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
  private static RedisServer redis;
  private static LettuceConnectionFactory connections;
  private static ReactiveStringRedisTemplate template;

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @BeforeAll
  static void startRedis() throws IOException {
    int port = EmbeddedRedis.freePort();
    redis = EmbeddedRedis.start(port);
    connections = connect(port, Duration.ofSeconds(5));
    template = new ReactiveStringRedisTemplate(connections);
  }

  @AfterAll
  static void stopRedis() throws IOException {
    connections.destroy();
    redis.stop();
  }

  @Test
  void burstThenRefillAtTheConfiguredRateOnTheServersClock() throws InterruptedException {
    RedisRateLimitStore store = connected(store(template, Duration.ofSeconds(2), System::nanoTime));
    Limit limit = new Limit(10.0, 2);
    String agency = agency();

    assertThat(store.tryConsume(agency, limit).block()).isZero();
    assertThat(store.tryConsume(agency, limit).block()).isZero();
    long wait = store.tryConsume(agency, limit).block();
    assertThat(wait).isPositive().isLessThanOrEqualTo(100 * MILLI);

    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(wait) + 30);
    assertThat(store.tryConsume(agency, limit).block()).isZero();
    assertThat(store.tryConsume(agency, limit).block()).isPositive();
    assertThat(counter("sequestra.gateway.rate.limit.store.errors")).isZero();
    assertThat(counter("sequestra.gateway.rate.limit.unchecked")).isZero();
  }

  @Test
  void fractionalRatesGiveTheWaitUntilTheNextToken() {
    RedisRateLimitStore store = connected(store(template, Duration.ofSeconds(2), System::nanoTime));
    Limit oneEveryTwentySeconds = new Limit(0.05, 1);
    String agency = agency();

    assertThat(store.tryConsume(agency, oneEveryTwentySeconds).block()).isZero();
    assertThat(store.tryConsume(agency, oneEveryTwentySeconds).block())
        .isBetween(TimeUnit.SECONDS.toNanos(19), TimeUnit.SECONDS.toNanos(20));
  }

  @Test
  void agenciesHaveTheirOwnBuckets() {
    RedisRateLimitStore store = connected(store(template, Duration.ofSeconds(2), System::nanoTime));
    Limit one = new Limit(0.01, 1);
    String es = agency();
    String co = agency();

    assertThat(store.tryConsume(es, one).block()).isZero();
    assertThat(store.tryConsume(es, one).block()).isPositive();
    assertThat(store.tryConsume(co, one).block()).isZero();
  }

  @Test
  void aBucketIsForgottenOnceItWouldBeFullAgain() {
    RedisRateLimitStore store = connected(store(template, Duration.ofSeconds(2), System::nanoTime));
    String agency = agency();

    assertThat(store.tryConsume(agency, new Limit(1.0, 10)).block()).isZero();

    String key = RedisRateLimitStore.key(agency);
    assertThat(key).isEqualTo("sequestra:rate-limit:{" + agency + "}");
    assertThat(template.<String, String>opsForHash().keys(key).collectList().block())
        .containsExactlyInAnyOrder("tokens", "ts");
    // one token short of 10 at one token per second: full again in 1 s (+1 s margin)
    assertThat(template.getExpire(key).block())
        .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void anUnreachableStoreLetsRequestsPassCountsThemAndIsRetriedOncePerInterval()
      throws IOException {
    AtomicLong clock = new AtomicLong();
    LettuceConnectionFactory refused = connect(EmbeddedRedis.freePort(), Duration.ofSeconds(5));
    try {
      RedisRateLimitStore store =
          store(new ReactiveStringRedisTemplate(refused), Duration.ofSeconds(2), clock::get);
      Limit limit = new Limit(0.01, 1);

      for (int i = 0; i < 3; i++) {
        assertThat(store.tryConsume("NL-ARO", limit).block()).isZero();
      }
      assertThat(store.available()).isFalse();
      // one attempt, then the others pass without asking until the probe interval is over
      assertThat(counter("sequestra.gateway.rate.limit.store.errors")).isEqualTo(1);
      assertThat(counter("sequestra.gateway.rate.limit.unchecked")).isEqualTo(3);

      clock.addAndGet(RedisRateLimitStore.PROBE_INTERVAL.toNanos());
      assertThat(store.tryConsume("NL-ARO", limit).block()).isZero();
      assertThat(counter("sequestra.gateway.rate.limit.store.errors")).isEqualTo(2);
      assertThat(counter("sequestra.gateway.rate.limit.unchecked")).isEqualTo(4);
    } finally {
      refused.destroy();
    }
  }

  @Test
  void aStoreThatDoesNotAnswerDelaysARequestNoLongerThanTheTimeout() throws IOException {
    // accepts connections and never says a word
    try (ServerSocket silent = new ServerSocket(0)) {
      LettuceConnectionFactory hanging = connect(silent.getLocalPort(), Duration.ofSeconds(3));
      try {
        RedisRateLimitStore store =
            store(
                new ReactiveStringRedisTemplate(hanging), Duration.ofMillis(300), System::nanoTime);

        long start = System.nanoTime();
        assertThat(store.tryConsume("NL-ARO", new Limit(0.01, 1)).block()).isZero();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(counter("sequestra.gateway.rate.limit.store.errors")).isEqualTo(1);
      } finally {
        hanging.destroy();
      }
    }
  }

  @Test
  void connectsInTheBackgroundOnceTheGatewayIsUp() {
    RedisRateLimitStore store = store(template, Duration.ofSeconds(2), System::nanoTime);
    assertThat(store.available()).isFalse();

    connected(store);

    String agency = agency();
    Limit one = new Limit(0.01, 1);
    assertThat(store.tryConsume(agency, one).block()).isZero();
    assertThat(store.tryConsume(agency, one).block()).isPositive();
  }

  private RedisRateLimitStore store(
      ReactiveStringRedisTemplate redis, Duration timeout, LongSupplier clock) {
    return new RedisRateLimitStore(redis, timeout, meters, clock);
  }

  /** Connected as the gateway's store is once it is up (the first connection takes a while). */
  private static RedisRateLimitStore connected(RedisRateLimitStore store) {
    store.onApplicationEvent(null);
    await().atMost(Duration.ofSeconds(20)).until(store::available);
    return store;
  }

  private double counter(String name) {
    return meters.counter(name).count();
  }

  private static String agency() {
    return "T-" + UUID.randomUUID();
  }

  private static LettuceConnectionFactory connect(int port, Duration commandTimeout) {
    LettuceConnectionFactory factory =
        new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", port),
            LettuceClientConfiguration.builder().commandTimeout(commandTimeout).build());
    factory.afterPropertiesSet();
    factory.start();
    return factory;
  }
}
