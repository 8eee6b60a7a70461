package org.sequestra.freezing.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.freezing.webhook.domain.AttemptError;
import org.sequestra.freezing.webhook.domain.DeliveryStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries and their attempts. Every method runs in its caller's transaction.
 *
 * <p>Order: a delivery is claimed only when no delivery of the same subscription with an earlier
 * event is still PENDING, so each subscription receives its events in the order they were fanned
 * out (the outbox's order), one at a time; a failing delivery holds the later ones back until it is
 * delivered or dead. A locked (in-flight) delivery still counts as pending, so another replica
 * skipping it cannot send the next one ahead of it.
 */
@Repository
class WebhookDeliveryStore {

  private final JdbcClient jdbc;

  WebhookDeliveryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether this transaction may fan out: one fan-out at a time across replicas, so events become
   * deliveries in the outbox's order (the lock ends with the transaction).
   */
  boolean lockFanOut() {
    return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('sequestra.webhooks.fan-out'))")
        .query(Boolean.class)
        .single();
  }

  /**
   * Fans out the next events not yet fanned out to every matching subscription (disabled ones too:
   * their deliveries wait), one delivery per (subscription, event) whatever runs it twice.
   *
   * @return how many events were fanned out
   */
  int fanOut(int batch, Instant now) {
    List<UUID> events =
        jdbc.sql(
                """
                select id from request_event where not webhooks_fanned_out
                 order by seq limit :batch for update skip locked
                """)
            .param("batch", batch)
            .query(UUID.class)
            .list();
    if (events.isEmpty()) {
      return 0;
    }
    jdbc.sql(
            """
            insert into webhook_delivery
              (subscription_id, event_id, event_seq, event_type, status, attempts,
               next_attempt_at, created_at)
            select s.id, e.id, e.seq, e.type, 'PENDING', 0, :now, :now
              from request_event e
              join webhook_subscription s
                on (s.scope = 'PLATFORM' or s.agency = e.issuing_agency
                    or s.agency = e.executing_agency)
               and (s.event_types is null or e.type = any (s.event_types))
             where e.id in (:ids)
            on conflict do nothing
            """)
        .param("now", Timestamp.from(now))
        .param("ids", events)
        .update();
    jdbc.sql("update request_event set webhooks_fanned_out = true where id in (:ids)")
        .param("ids", events)
        .update();
    return events.size();
  }

  /**
   * Claims the next due delivery (the earliest pending of its subscription) and locks it for the
   * rest of the caller's transaction; other replicas skip it.
   */
  Optional<Claimed> claimNext(Instant now) {
    return jdbc.sql(
            """
            select d.subscription_id, d.event_id, d.attempts, s.url, s.secret, s.previous_secret,
                   s.previous_secret_until, e.type, e.occurred_at, e.request_id,
                   e.issuing_agency, e.executing_agency, e.data::text as data
              from webhook_delivery d
              join webhook_subscription s on s.id = d.subscription_id
              join request_event e on e.id = d.event_id
             where d.status = 'PENDING' and d.next_attempt_at <= :now and s.enabled
               and not exists (
                   select 1 from webhook_delivery p
                    where p.subscription_id = d.subscription_id and p.status = 'PENDING'
                      and p.event_seq < d.event_seq)
             order by d.next_attempt_at, d.event_seq
             limit 1
               for update of d skip locked
            """)
        .param("now", Timestamp.from(now))
        .query(CLAIMED)
        .optional();
  }

  void delivered(Claimed delivery, Attempt attempt) {
    jdbc.sql(
            """
            update webhook_delivery
               set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :at,
                   delivered_at = :at, next_attempt_at = :at
             where subscription_id = :subscription and event_id = :event
            """)
        .param("at", Timestamp.from(attempt.at()))
        .param("subscription", delivery.subscriptionId())
        .param("event", delivery.eventId())
        .update();
    log(delivery, attempt);
  }

  /** A failed attempt: retried at {@code next}, or dead when {@code next} is null. */
  void failed(Claimed delivery, Attempt attempt, Instant next) {
    jdbc.sql(
            """
            update webhook_delivery
               set status = :status, attempts = attempts + 1, last_attempt_at = :at,
                   next_attempt_at = :next
             where subscription_id = :subscription and event_id = :event
            """)
        .param("status", next == null ? "DEAD" : "PENDING")
        .param("at", Timestamp.from(attempt.at()))
        .param("next", Timestamp.from(next == null ? attempt.at() : next))
        .param("subscription", delivery.subscriptionId())
        .param("event", delivery.eventId())
        .update();
    log(delivery, attempt);
  }

  private void log(Claimed delivery, Attempt attempt) {
    jdbc.sql(
            """
            insert into webhook_attempt
              (subscription_id, event_id, attempt, attempted_at, duration_ms, http_status,
               error_kind, response_excerpt)
            values (:subscription, :event, :attempt, :at, :duration, :status, :error, :excerpt)
            """)
        .param("subscription", delivery.subscriptionId())
        .param("event", delivery.eventId())
        .param("attempt", delivery.attempts() + 1)
        .param("at", Timestamp.from(attempt.at()))
        .param("duration", attempt.durationMs())
        .param("status", attempt.httpStatus())
        .param("error", attempt.error() == null ? null : attempt.error().name())
        .param("excerpt", attempt.excerpt())
        .update();
  }

  /** Removes up to {@code batch} attempts logged before {@code cutoff}; returns how many. */
  int forgetAttemptsBefore(Instant cutoff, int batch) {
    return jdbc.sql(
            """
            delete from webhook_attempt where id in (
                select id from webhook_attempt where attempted_at < ? limit ?)
            """)
        .params(Timestamp.from(cutoff), batch)
        .update();
  }

  Optional<Delivery> find(UUID subscription, UUID event) {
    return jdbc.sql(
            "select "
                + DELIVERY_COLUMNS
                + " from webhook_delivery where subscription_id = ? and event_id = ?")
        .params(subscription, event)
        .query(DELIVERY)
        .optional();
  }

  /** Queues a dead or delivered delivery again, as new (same event, same webhook-id). */
  boolean replay(UUID subscription, UUID event, Instant now) {
    return jdbc.sql(
                """
                update webhook_delivery
                   set status = 'PENDING', attempts = 0, next_attempt_at = ?, delivered_at = null
                 where subscription_id = ? and event_id = ? and status in ('DEAD', 'DELIVERED')
                """)
            .params(Timestamp.from(now), subscription, event)
            .update()
        == 1;
  }

  int replayDead(UUID subscription, Instant now) {
    return jdbc.sql(
            """
            update webhook_delivery
               set status = 'PENDING', attempts = 0, next_attempt_at = ?
             where subscription_id = ? and status = 'DEAD'
            """)
        .params(Timestamp.from(now), subscription)
        .update();
  }

  List<Delivery> deliveries(UUID subscription, DeliveryStatus status, long offset, int size) {
    return jdbc.sql(
            "select "
                + DELIVERY_COLUMNS
                + " from webhook_delivery where subscription_id = :subscription"
                + " and (cast(:status as varchar) is null or status = cast(:status as varchar))"
                + " order by event_seq desc limit :size offset :offset")
        .param("subscription", subscription)
        .param("status", status == null ? null : status.name())
        .param("size", size)
        .param("offset", offset)
        .query(DELIVERY)
        .list();
  }

  long countDeliveries(UUID subscription, DeliveryStatus status) {
    return jdbc.sql(
            "select count(*) from webhook_delivery where subscription_id = :subscription"
                + " and (cast(:status as varchar) is null or status = cast(:status as varchar))")
        .param("subscription", subscription)
        .param("status", status == null ? null : status.name())
        .query(Long.class)
        .single();
  }

  List<LoggedAttempt> attempts(UUID subscription, long offset, int size) {
    return jdbc.sql(
            """
            select event_id, attempt, attempted_at, duration_ms, http_status, error_kind,
                   response_excerpt
              from webhook_attempt where subscription_id = :subscription
             order by id desc limit :size offset :offset
            """)
        .param("subscription", subscription)
        .param("size", size)
        .param("offset", offset)
        .query(
            (rs, row) ->
                new LoggedAttempt(
                    rs.getObject("event_id", UUID.class),
                    rs.getInt("attempt"),
                    rs.getTimestamp("attempted_at").toInstant(),
                    rs.getInt("duration_ms"),
                    (Integer) rs.getObject("http_status"),
                    rs.getString("error_kind") == null
                        ? null
                        : AttemptError.valueOf(rs.getString("error_kind")),
                    rs.getString("response_excerpt")))
        .list();
  }

  long countAttempts(UUID subscription) {
    return jdbc.sql("select count(*) from webhook_attempt where subscription_id = ?")
        .param(subscription)
        .query(Long.class)
        .single();
  }

  /** A delivery claimed for sending, with what the request needs (the sealed secrets). */
  record Claimed(
      UUID subscriptionId,
      UUID eventId,
      int attempts,
      String url,
      String sealedSecret,
      String sealedPreviousSecret,
      Instant previousSecretUntil,
      String type,
      Instant occurredAt,
      UUID requestId,
      String issuingAgency,
      String executingAgency,
      String data) {

    /** The secret values are sealed, but keep them out of any printed record all the same. */
    @Override
    public String toString() {
      return "Claimed[subscription=" + subscriptionId + ", event=" + eventId + "]";
    }
  }

  /** One attempt's outcome. */
  record Attempt(
      Instant at, int durationMs, Integer httpStatus, AttemptError error, String excerpt) {}

  record Delivery(
      UUID eventId,
      String eventType,
      DeliveryStatus status,
      int attempts,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      Instant deliveredAt,
      Instant createdAt) {}

  record LoggedAttempt(
      UUID eventId,
      int attempt,
      Instant attemptedAt,
      int durationMs,
      Integer httpStatus,
      AttemptError errorKind,
      String responseExcerpt) {}

  private static final String DELIVERY_COLUMNS =
      "event_id, event_type, status, attempts, next_attempt_at, last_attempt_at, delivered_at,"
          + " created_at";

  private static final RowMapper<Delivery> DELIVERY =
      (rs, row) -> {
        DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
        return new Delivery(
            rs.getObject("event_id", UUID.class),
            rs.getString("event_type"),
            status,
            rs.getInt("attempts"),
            status == DeliveryStatus.PENDING ? instant(rs, "next_attempt_at") : null,
            instant(rs, "last_attempt_at"),
            instant(rs, "delivered_at"),
            instant(rs, "created_at"));
      };

  private static final RowMapper<Claimed> CLAIMED =
      (rs, row) ->
          new Claimed(
              rs.getObject("subscription_id", UUID.class),
              rs.getObject("event_id", UUID.class),
              rs.getInt("attempts"),
              rs.getString("url"),
              rs.getString("secret"),
              rs.getString("previous_secret"),
              instant(rs, "previous_secret_until"),
              rs.getString("type"),
              instant(rs, "occurred_at"),
              rs.getObject("request_id", UUID.class),
              rs.getString("issuing_agency"),
              rs.getString("executing_agency"),
              rs.getString("data"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
