package org.sequestra.freezing.webhook;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the delivery log from growing without end: attempts older than the retention go. */
@Component
class WebhookLogRetention {

  private static final Logger log = LoggerFactory.getLogger(WebhookLogRetention.class);
  private static final int BATCH = 10_000;

  private final WebhookDeliveryStore deliveries;
  private final WebhookProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  WebhookLogRetention(
      WebhookDeliveryStore deliveries,
      WebhookProperties properties,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.deliveries = deliveries;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Once a day in one replica; in batches, so no transaction holds many rows for long. */
  @Scheduled(cron = "${sequestra.webhooks.log-retention-cron:0 20 3 * * *}", zone = "UTC")
  @SchedulerLock(name = "webhook-log-retention", lockAtLeastFor = "PT1M")
  void sweep() {
    Instant cutoff = clock.instant().minus(properties.logRetention());
    int total = 0;
    Integer removed;
    do {
      removed = transactions.execute(status -> deliveries.forgetAttemptsBefore(cutoff, BATCH));
      total += removed == null ? 0 : removed;
    } while (removed != null && removed == BATCH);
    if (total > 0) {
      log.info("Removed {} webhook attempts logged before {}", total, cutoff);
    }
  }
}
