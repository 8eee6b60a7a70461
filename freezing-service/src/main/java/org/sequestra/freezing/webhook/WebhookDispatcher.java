package org.sequestra.freezing.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Attempt;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Claimed;
import org.sequestra.freezing.webhook.domain.AttemptError;
import org.sequestra.freezing.webhook.domain.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fans committed request events out to the subscriptions and sends the due deliveries, every {@code
 * sequestra.webhooks.poll-interval} on every replica.
 *
 * <p>No ShedLock: work is claimed row by row with {@code FOR UPDATE SKIP LOCKED}, and a claimed
 * delivery stays locked until its attempt is recorded (the send happens inside that transaction,
 * bounded by the timeouts), so no two replicas ever send one delivery at once; a replica that dies
 * mid-send loses its connection and with it the lock, and the delivery is taken up again. A send
 * whose answer was 2xx but whose record could not be committed is sent again: receivers
 * de-duplicate by webhook-id (at least once, exactly once in effect).
 */
@Component
class WebhookDispatcher implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final WebhookDeliveryStore deliveries;
  private final WebhookSender sender;
  private final RetrySchedule retries;
  private final WebhookProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Counter delivered;
  private final Counter dead;
  private final MeterRegistry meters;

  WebhookDispatcher(
      WebhookDeliveryStore deliveries,
      WebhookSender sender,
      RetrySchedule retries,
      WebhookProperties properties,
      PlatformTransactionManager transactionManager,
      Clock clock,
      MeterRegistry meters) {
    this.deliveries = deliveries;
    this.sender = sender;
    this.retries = retries;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.meters = meters;
    this.delivered =
        Counter.builder("sequestra.webhooks.delivered")
            .description("Webhook deliveries a receiver accepted (2xx)")
            .register(meters);
    this.dead =
        Counter.builder("sequestra.webhooks.dead")
            .description("Webhook deliveries that failed their last attempt (dead letters)")
            .register(meters);
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (properties.enabled()) {
      registrar.addFixedDelayTask(this::round, properties.pollInterval());
    }
  }

  /** One round: fan out what is new, then send what is due until nothing is. */
  void round() {
    try {
      fanOut();
      sendDue();
    } catch (RuntimeException e) {
      // The next round tries again; the message names no secret (the sender never puts one in).
      log.error("Webhook dispatch round failed: {}", e.toString());
    }
  }

  void fanOut() {
    int batch = properties.fanOutBatch();
    Integer done;
    do {
      done =
          transactions.execute(
              status -> deliveries.lockFanOut() ? deliveries.fanOut(batch, clock.instant()) : 0);
    } while (done != null && done == batch);
  }

  /** {@code concurrency} workers, each sending one delivery after the other until none is due. */
  void sendDue() {
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < properties.concurrency(); i++) {
        running.add(
            workers.submit(
                () -> {
                  while (Boolean.TRUE.equals(transactions.execute(status -> sendOne()))) {
                    // next
                  }
                }));
      }
      for (Future<?> worker : running) {
        try {
          worker.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (ExecutionException e) {
          log.error("A webhook sender failed: {}", e.getCause().toString());
        }
      }
    }
  }

  /** Claims, sends and records one delivery in one transaction; false when none is due. */
  private boolean sendOne() {
    Optional<Claimed> claimed = deliveries.claimNext(clock.instant());
    if (claimed.isEmpty()) {
      return false;
    }
    Claimed delivery = claimed.get();
    Attempt attempt = sender.send(delivery);
    if (attempt.error() == null) {
      deliveries.delivered(delivery, attempt);
      delivered.increment();
      return true;
    }
    Counter.builder("sequestra.webhooks.attempts.failed")
        .description("Webhook attempts that failed, by kind of error")
        .tag("error", attempt.error().name())
        .register(meters)
        .increment();
    Optional<Instant> next =
        retries.delayAfter(delivery.attempts() + 1).map(delay -> clock.instant().plus(delay));
    deliveries.failed(delivery, attempt, next.orElse(null));
    if (next.isEmpty()) {
      dead.increment();
      log.warn(
          "Webhook delivery of event {} to subscription {} is dead after {} attempts ({}{})",
          delivery.eventId(),
          delivery.subscriptionId(),
          delivery.attempts() + 1,
          attempt.error(),
          attempt.error() == AttemptError.HTTP_STATUS ? " " + attempt.httpStatus() : "");
    }
    return true;
  }
}
