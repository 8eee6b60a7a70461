package org.sequestra.registry.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the shares whose expiry has passed: each is marked ended by the registry ({@value
 * #ACTOR}), which frees its agency's place for a new share and keeps the row for the record, and
 * the end is audited like every other change of a share, so that the owning agency's auditors see
 * when access ended. An expired share gave no access before this ran either ({@link
 * CaseShareRepository#findActive}); it keeps the status EXPIRED. Runs in one replica per schedule.
 */
@Component
class CaseShareExpiry {

  static final String ACTOR = "system:share-expiry";

  /** Shares closed per transaction. */
  private static final int BATCH = 200;

  private static final Logger log = LoggerFactory.getLogger(CaseShareExpiry.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;
  private final Clock clock;

  CaseShareExpiry(
      JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(cron = "${sequestra.registry.share-expiry.cron:0 */5 * * * *}", zone = "UTC")
  @SchedulerLock(name = "case-share-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
  void scheduled() {
    try {
      List<UUID> closed = closeExpired();
      if (!closed.isEmpty()) {
        log.info("{} expired case shares closed", closed.size());
      }
    } catch (RuntimeException e) {
      // the next schedule tries again; an expired share gives no access meanwhile
      log.warn("Expired case shares not closed: {}", e.getMessage());
    }
  }

  /**
   * @return the shares closed
   */
  List<UUID> closeExpired() {
    List<UUID> closed = new ArrayList<>();
    List<UUID> batch;
    do {
      batch = transaction.execute(status -> closeBatch());
      closed.addAll(batch);
    } while (batch.size() == BATCH);
    return closed;
  }

  private List<UUID> closeBatch() {
    Instant now = clock.instant();
    List<Closed> closed =
        jdbc.sql(
                "update case_share s set revoked_at = :now, revoked_by = :actor"
                    + " from investigation_case c"
                    + " where c.id = s.case_id and s.id in (select id from case_share"
                    + " where revoked_at is null and expires_at <= :now"
                    + " order by expires_at limit :batch for update skip locked)"
                    + " returning s.id, s.case_id, s.agency, s.expires_at, c.owning_agency")
            .param("now", Timestamp.from(now))
            .param("actor", ACTOR)
            .param("batch", BATCH)
            .query(
                (row, n) ->
                    new Closed(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getString(5)))
            .list();
    for (Closed share : closed) {
      audit.record(
          new AuditEvent(
                  ACTOR,
                  null,
                  null,
                  share.owningAgency,
                  "case.share.expire",
                  "case",
                  share.caseId.toString(),
                  null,
                  null)
              .withDetail(
                  "share "
                      + share.id
                      + " with "
                      + share.agency
                      + " expired at "
                      + share.expiresAt));
    }
    return closed.stream().map(Closed::id).toList();
  }

  private record Closed(
      UUID id, UUID caseId, String agency, Instant expiresAt, String owningAgency) {}
}
