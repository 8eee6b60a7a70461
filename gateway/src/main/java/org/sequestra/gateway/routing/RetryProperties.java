package org.sequestra.gateway.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sequestra.gateway.retry.*}: how often a safe request (GET, HEAD, OPTIONS) that could not
 * reach an instance, or that an instance answered 502 or 503, is sent again, to the next instance.
 *
 * @param retries further attempts after the first (0: none)
 * @param firstBackoff pause before the first retry; each further pause doubles, up to maxBackoff
 * @param maxBackoff longest pause between two attempts
 */
@ConfigurationProperties("sequestra.gateway.retry")
record RetryProperties(
    @DefaultValue("2") int retries,
    @DefaultValue("50ms") Duration firstBackoff,
    @DefaultValue("200ms") Duration maxBackoff) {

  RetryProperties {
    if (retries < 0 || retries > 5) {
      throw new IllegalArgumentException("sequestra.gateway.retry.retries must be 0 to 5");
    }
    if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "sequestra.gateway.retry needs 0 <= first-backoff <= max-backoff");
    }
  }
}
