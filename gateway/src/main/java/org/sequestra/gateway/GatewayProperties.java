package org.sequestra.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sequestra.gateway.*}: limits the gateway enforces itself. Routes, timeouts and the circuit
 * breaker are plain Spring Cloud Gateway / Resilience4j configuration in {@code application.yaml}.
 *
 * @param maxRequestSize largest request body accepted (declared or streamed); larger is 413
 * @param uploadPaths path patterns that take file uploads (statement imports); their bodies may be
 *     up to {@code maxUploadSize} instead
 * @param maxUploadSize largest body on the upload paths
 * @param rateLimit per-agency token bucket
 */
@ConfigurationProperties("sequestra.gateway")
public record GatewayProperties(
    @DefaultValue("1MB") DataSize maxRequestSize,
    @DefaultValue List<String> uploadPaths,
    @DefaultValue("512MB") DataSize maxUploadSize,
    @DefaultValue RateLimit rateLimit) {

  /**
   * @param enabled whether requests under {@code /api/} are rate limited
   * @param requestsPerSecond sustained rate per agency (bucket refill)
   * @param burst bucket capacity per agency
   * @param agencies overrides per agency code (e.g. {@code EMPACT} machine clients), keys are
   *     matched case-insensitively
   * @param store where the buckets live: {@code memory} (each gateway replica has its own) or
   *     {@code redis} (shared by all replicas; connection from {@code spring.data.redis.*})
   * @param storeTimeout how long a request waits for the shared store before it passes unchecked
   */
  public record RateLimit(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("50") double requestsPerSecond,
      @DefaultValue("100") int burst,
      Map<String, Limit> agencies,
      @DefaultValue("memory") Store store,
      @DefaultValue("200ms") Duration storeTimeout) {

    public RateLimit {
      if (requestsPerSecond <= 0 || burst < 1) {
        throw new IllegalArgumentException(
            "rate limit needs requests-per-second > 0 and burst >= 1");
      }
      if (storeTimeout.isNegative() || storeTimeout.isZero()) {
        throw new IllegalArgumentException("rate limit needs a positive store-timeout");
      }
      TreeMap<String, Limit> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      if (agencies != null) {
        copy.putAll(agencies);
      }
      agencies = copy;
    }

    /** The limit for one agency: its override, or the default. */
    public Limit forAgency(String agency) {
      Limit override = agencies.get(agency);
      Limit fallback = new Limit(requestsPerSecond, burst);
      if (override == null) {
        return fallback;
      }
      return new Limit(
          override.requestsPerSecond() != null ? override.requestsPerSecond() : requestsPerSecond,
          override.burst() != null ? override.burst() : burst);
    }
  }

  /** Where the rate-limit buckets live. */
  public enum Store {
    /** In each gateway replica's memory: with N replicas an agency gets up to N times its limit. */
    MEMORY,
    /** In Redis, shared by all replicas: one limit per agency for the whole deployment. */
    REDIS
  }

  /** A rate (tokens per second) and a capacity; {@code null} fields fall back to the default. */
  public record Limit(Double requestsPerSecond, Integer burst) {}
}
