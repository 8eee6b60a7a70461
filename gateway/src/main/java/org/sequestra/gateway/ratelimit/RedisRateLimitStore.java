package org.sequestra.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.sequestra.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The agencies' buckets in Redis, shared by all gateway replicas: one atomic script call per
 * request (agency-token-bucket.lua, the arithmetic of {@link TokenBucket} on the server's clock).
 *
 * <p>When Redis does not answer (down, unreachable, slower than the store timeout) the request
 * passes unchecked: a shared limit is a fairness guard, and losing it must not take the whole API
 * down with it. Each failure counts in {@code sequestra_gateway_rate_limit_store_errors_total},
 * each request let through unchecked in {@code sequestra_gateway_rate_limit_unchecked_total}; one
 * warning is logged when the store fails and one line when it answers again. While it fails, only
 * one request at a time, at most once per {@link #PROBE_INTERVAL}, tries it again; the others pass
 * at once instead of each waiting for the timeout.
 */
final class RedisRateLimitStore
    implements RateLimitStore, ApplicationListener<ApplicationReadyEvent> {

  static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
  static final String KEY_PREFIX = "sequestra:rate-limit:";
  private static final Duration FIRST_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(RedisRateLimitStore.class);

  private enum State {
    STARTING,
    AVAILABLE,
    FAILING
  }

  private final ReactiveStringRedisTemplate redis;
  private final RedisScript<Long> script =
      RedisScript.of(
          new ClassPathResource("agency-token-bucket.lua", RedisRateLimitStore.class), Long.class);
  private final Duration timeout;
  private final LongSupplier clock;
  private final Counter errors;
  private final Counter unchecked;
  private final AtomicBoolean probing = new AtomicBoolean();
  private volatile State state = State.STARTING;
  private volatile long nextProbe;

  RedisRateLimitStore(
      ReactiveStringRedisTemplate redis,
      Duration timeout,
      MeterRegistry meters,
      LongSupplier clock) {
    this.redis = redis;
    this.timeout = timeout;
    this.clock = clock;
    this.nextProbe = clock.getAsLong();
    this.errors =
        Counter.builder("sequestra.gateway.rate.limit.store.errors")
            .description("Calls to the shared rate-limit store (Redis) that failed or timed out")
            .register(meters);
    this.unchecked =
        Counter.builder("sequestra.gateway.rate.limit.unchecked")
            .description("Requests let through without a rate-limit check: the store failed")
            .register(meters);
  }

  static String key(String agency) {
    // the hash tag keeps an agency's bucket on one slot of a Redis Cluster
    return KEY_PREFIX + "{" + agency + "}";
  }

  @Override
  public Mono<Long> tryConsume(String agency, GatewayProperties.Limit limit) {
    if (state == State.AVAILABLE) {
      return guarded(take(agency, limit), timeout, unchecked::increment);
    }
    if (clock.getAsLong() - nextProbe < 0 || !probing.compareAndSet(false, true)) {
      unchecked.increment();
      return Mono.just(0L);
    }
    return guarded(detached(take(agency, limit)), timeout, unchecked::increment)
        .doFinally(signal -> probing.set(false)); // cancelled (client gone)
  }

  /**
   * A call that may have to open the connection first, which Spring Data does blocking: run off the
   * event loop, and not cut off by the timeout (an interrupted connect would leave nothing for the
   * next probe; this one finishes in the background).
   */
  private Mono<Long> detached(Mono<Long> call) {
    return Mono.defer(
        () -> {
          Sinks.One<Long> outcome = Sinks.one();
          call.subscribeOn(Schedulers.boundedElastic())
              .subscribe(
                  answer -> {
                    answered(); // also when it comes after the timeout: the store is back
                    outcome.tryEmitValue(answer);
                  },
                  outcome::tryEmitError);
          return outcome.asMono();
        });
  }

  private Mono<Long> take(String agency, GatewayProperties.Limit limit) {
    return redis
        .execute(
            script,
            List.of(key(agency)),
            List.of(Double.toString(limit.requestsPerSecond()), limit.burst().toString()))
        .single()
        .map(TimeUnit.MICROSECONDS::toNanos);
  }

  /** Connects in the background once the gateway is up, so that the first requests are checked. */
  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!probing.compareAndSet(false, true)) {
      return;
    }
    Mono<Long> ping = redis.execute(connection -> connection.ping()).single().map(pong -> 0L);
    guarded(detached(ping), FIRST_CONNECT_TIMEOUT, () -> {})
        .doFinally(signal -> probing.set(false))
        .subscribe();
  }

  /** Whether the last call to the store answered. */
  boolean available() {
    return state == State.AVAILABLE;
  }

  /** The call with a time limit; when it fails, the store is marked failing and 0 (pass) given. */
  private Mono<Long> guarded(Mono<Long> call, Duration limit, Runnable onPassedUnchecked) {
    return call.timeout(limit)
        .doOnNext(answer -> answered())
        .onErrorResume(
            failure -> {
              failed(failure);
              onPassedUnchecked.run();
              return Mono.just(0L);
            });
  }

  // Both outcomes release the probe before the answer goes on (doFinally would come after it).
  private void answered() {
    State before = state;
    state = State.AVAILABLE;
    probing.set(false);
    if (before == State.FAILING) {
      log.info("Rate-limit store (Redis) answers again: agency limits are shared again");
    }
  }

  private void failed(Throwable failure) {
    errors.increment();
    nextProbe = clock.getAsLong() + PROBE_INTERVAL.toNanos();
    State before = state;
    state = State.FAILING;
    probing.set(false);
    if (before != State.FAILING) {
      log.warn(
          "Rate-limit store (Redis) failed ({}); requests pass without a rate limit until it"
              + " answers again",
          describe(failure));
    }
  }

  /**
   * The failure's kind and its root cause's message (Lettuce names host and port, never
   * credentials).
   */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = failure.getClass().getSimpleName();
    if (root != failure) {
      text += " caused by " + root.getClass().getSimpleName();
    }
    return root.getMessage() == null ? text : text + ": " + root.getMessage();
  }
}
