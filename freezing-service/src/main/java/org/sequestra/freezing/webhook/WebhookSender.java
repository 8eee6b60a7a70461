package org.sequestra.freezing.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Attempt;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Claimed;
import org.sequestra.freezing.webhook.domain.AttemptError;
import org.sequestra.freezing.webhook.domain.ResponseExcerpt;
import org.sequestra.freezing.webhook.domain.SecretSeal;
import org.sequestra.freezing.webhook.domain.TargetPolicy;
import org.sequestra.freezing.webhook.domain.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one delivery as the Standard Webhooks specification says: a JSON POST {@code {"type",
 * "timestamp", "data"}} with {@code webhook-id} (the event id, the same on every attempt so
 * receivers de-duplicate), {@code webhook-timestamp} (this attempt's time, unix seconds) and {@code
 * webhook-signature}.
 *
 * <p>The JDK client, not a generated one: the receivers (the EMPACT platform, national case
 * systems, e-CODEX connectors) publish no contract to generate a client from; the request is a
 * plain signed POST. Redirects are never followed: the target is the URL the subscription names.
 */
@Component
class WebhookSender {

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  /** Bytes of an answer read at most: the log keeps an excerpt, never the body. */
  private static final int READ_AT_MOST = 1024;

  private final HttpClient http;
  private final Duration timeout;
  private final SecretSeal seal;
  private final TargetPolicy targets;
  private final JsonMapper json;
  private final Clock clock;

  WebhookSender(
      WebhookProperties properties,
      SecretSeal seal,
      TargetPolicy targets,
      JsonMapper json,
      Clock clock) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timeout = properties.timeout();
    this.seal = seal;
    this.targets = targets;
    this.json = json;
    this.clock = clock;
  }

  /**
   * One attempt; never throws. A request that cannot even be prepared counts as a failed attempt
   * too, so that it ends as a dead letter (to replay once fixed) instead of holding back the
   * subscription's later events forever.
   */
  Attempt send(Claimed delivery) {
    Instant start = clock.instant();
    try {
      return attempt(delivery, start);
    } catch (RuntimeException e) {
      log.error(
          "Webhook delivery of event {} to subscription {} could not be prepared: {}",
          delivery.eventId(),
          delivery.subscriptionId(),
          e.getClass().getSimpleName());
      return new Attempt(start, 0, null, AttemptError.NOT_SENT, null);
    }
  }

  private Attempt attempt(Claimed delivery, Instant start) {
    if (!targets.allows(delivery.url())) {
      // Configuration changed since the subscription was made: nothing leaves for that host.
      return new Attempt(start, 0, null, AttemptError.TARGET_NOT_ALLOWED, null);
    }
    String body = body(delivery);
    String id = delivery.eventId().toString();
    long timestamp = start.getEpochSecond();
    String owner = delivery.subscriptionId().toString();
    List<String> secrets = new ArrayList<>(2);
    secrets.add(seal.open(delivery.sealedSecret(), owner));
    if (delivery.sealedPreviousSecret() != null
        && delivery.previousSecretUntil() != null
        && start.isBefore(delivery.previousSecretUntil())) {
      secrets.add(seal.open(delivery.sealedPreviousSecret(), owner));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(delivery.url()))
            .timeout(timeout)
            .header("content-type", "application/json")
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", WebhookSignature.header(secrets, id, timestamp, body))
            .header("user-agent", "Sequestra-Webhooks/1")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    long started = System.nanoTime();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String excerpt = excerpt(response.body());
      int status = response.statusCode();
      boolean success = status >= 200 && status < 300;
      return new Attempt(
          start, elapsed(started), status, success ? null : AttemptError.HTTP_STATUS, excerpt);
    } catch (HttpTimeoutException e) {
      return new Attempt(start, elapsed(started), null, AttemptError.TIMEOUT, null);
    } catch (IOException e) {
      return new Attempt(start, elapsed(started), null, AttemptError.CONNECTION_FAILED, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(start, elapsed(started), null, AttemptError.CONNECTION_FAILED, null);
    }
  }

  /**
   * The first bytes of the answer, read within the timeout too (the client's timeout ends with the
   * answer's headers; a body trickling in must not hold the delivery's lock any longer).
   */
  private String excerpt(InputStream answer) {
    FutureTask<byte[]> read = new FutureTask<>(() -> answer.readNBytes(READ_AT_MOST));
    Thread.ofVirtual().start(read);
    try {
      return ResponseExcerpt.of(
          new String(read.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8));
    } catch (TimeoutException | ExecutionException e) {
      read.cancel(true);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      try {
        answer.close();
      } catch (IOException ignored) {
        // the answer was read as far as it matters
      }
    }
  }

  /** {@code data}: the request's routing fields, then the event's own body. */
  private String body(Claimed delivery) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("requestId", delivery.requestId().toString());
    data.put("issuingAgency", delivery.issuingAgency());
    if (delivery.executingAgency() != null) {
      data.put("executingAgency", delivery.executingAgency());
    }
    Map<?, ?> own = json.readValue(delivery.data(), Map.class);
    own.forEach((key, value) -> data.putIfAbsent(String.valueOf(key), value));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", delivery.type());
    body.put("timestamp", delivery.occurredAt().toString());
    body.put("data", data);
    return json.writeValueAsString(body);
  }

  private static int elapsed(long startedNanos) {
    return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startedNanos) / 1_000_000);
  }
}
