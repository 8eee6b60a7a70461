package org.sequestra.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes the idempotency keys that have expired, as {@link IdempotencyStore} judges them (older
 * than their retention, or a first request that never finished within the in-progress timeout): the
 * store only replaces an expired key when the same key comes again, so without this the table keeps
 * every key ever used. Runs in one replica per schedule, in batches so that no statement holds many
 * rows.
 */
class IdempotencyCleanup {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final IdempotencyProperties properties;
  private final int batch;

  IdempotencyCleanup(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties, int batch) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.batch = batch;
  }

  @Scheduled(cron = "${sequestra.idempotency.cleanup-cron:0 */15 * * * *}", zone = "UTC")
  @SchedulerLock(name = "idempotency-key-cleanup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
  public void scheduled() {
    try {
      long removed = removeExpired();
      if (removed > 0) {
        log.info("Removed {} expired idempotency keys", removed);
      }
    } catch (RuntimeException e) {
      // the next schedule tries again; the store still ignores expired keys meanwhile
      log.warn("Expired idempotency keys not removed: {}", e.getMessage());
    }
  }

  /**
   * @return the keys removed
   */
  long removeExpired() {
    Instant now = clock.instant();
    var retained = now.minus(properties.retention()).atOffset(ZoneOffset.UTC);
    var abandoned = now.minus(properties.inProgressTimeout()).atOffset(ZoneOffset.UTC);
    long total = 0;
    int removed;
    do {
      removed =
          jdbc.update(
              "delete from idempotency_key where (agency, caller_subject, idempotency_key) in"
                  + " (select agency, caller_subject, idempotency_key from idempotency_key"
                  + " where created_at < ? or (state = 'IN_PROGRESS' and created_at < ?)"
                  + " limit ?)",
              retained,
              abandoned,
              batch);
      total += removed;
    } while (removed == batch);
    return total;
  }
}
