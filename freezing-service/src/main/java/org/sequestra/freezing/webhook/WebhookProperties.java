package org.sequestra.freezing.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sequestra.webhooks.*}: delivery of request events to subscribers.
 *
 * @param enabled whether this replica fans events out and sends them (the tests of other features
 *     turn it off)
 * @param pollInterval the pause between two rounds of the dispatcher
 * @param connectTimeout how long connecting to a receiver may take
 * @param timeout how long a receiver may take to answer, after connecting; beyond it the attempt
 *     failed (and is retried with the same webhook-id)
 * @param maxAttempts attempts before a delivery is dead
 * @param initialBackoff the wait after the first failed attempt
 * @param backoffMultiplier each further wait is this times the one before
 * @param maxBackoff the longest wait
 * @param concurrency deliveries this replica sends at once (each to another subscription)
 * @param fanOutBatch events fanned out in one transaction
 * @param previousSecretGrace how long a rotated-out secret keeps signing alongside the new one
 * @param allowHttpHosts hosts that may be reached over plain http (e.g. an in-cluster connector)
 * @param allowedHosts when not empty, the only hosts subscriptions may point at
 * @param logRetention how long the delivery log keeps an attempt
 * @param secretKey base64 of 32 bytes: the AES key sealing signing secrets at rest; never logged
 */
@ConfigurationProperties("sequestra.webhooks")
record WebhookProperties(
    Boolean enabled,
    Duration pollInterval,
    Duration connectTimeout,
    Duration timeout,
    Integer maxAttempts,
    Duration initialBackoff,
    Double backoffMultiplier,
    Duration maxBackoff,
    Integer concurrency,
    Integer fanOutBatch,
    Duration previousSecretGrace,
    List<String> allowHttpHosts,
    List<String> allowedHosts,
    Duration logRetention,
    String secretKey) {

  WebhookProperties {
    enabled = enabled == null || enabled;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
    backoffMultiplier = backoffMultiplier == null ? 2.0 : backoffMultiplier;
    maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
    concurrency = concurrency == null ? 4 : Math.max(1, concurrency);
    fanOutBatch = fanOutBatch == null ? 500 : Math.max(1, fanOutBatch);
    previousSecretGrace = previousSecretGrace == null ? Duration.ofHours(24) : previousSecretGrace;
    allowHttpHosts = allowHttpHosts == null ? List.of() : List.copyOf(allowHttpHosts);
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    logRetention = logRetention == null ? Duration.ofDays(90) : logRetention;
    secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey.strip();
  }

  /** Without the key, which must not reach a log through a printed configuration. */
  @Override
  public String toString() {
    return "WebhookProperties[enabled="
        + enabled
        + ", timeout="
        + timeout
        + ", maxAttempts="
        + maxAttempts
        + ", allowHttpHosts="
        + allowHttpHosts
        + ", allowedHosts="
        + allowedHosts
        + ", secretKey="
        + (secretKey == null ? "none" : "(set)")
        + "]";
  }
}
