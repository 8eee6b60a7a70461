package org.sequestra.freezing.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operations on the relay's work: what is waiting or refused, and queueing a refusal again. */
@Service
class EffectDeliveries {

  /** One page of effects and how many there are in that state. */
  record Listed(List<EffectDelivery> items, long total) {}

  private static final String COLUMNS =
      "id, request_id, effect, status, attempts, last_error, created_at, last_attempt_at,"
          + " next_attempt_at, delivered_at";

  private final JdbcClient jdbc;
  private final RelaySignal relay;
  private final AuditTrail audit;

  EffectDeliveries(JdbcClient jdbc, RelaySignal relay, AuditTrail audit) {
    this.jdbc = jdbc;
    this.relay = relay;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  Listed list(EffectDelivery.Status status, Integer page, Integer size) {
    long total =
        jdbc.sql("select count(*) from registry_outbox where status = ?")
            .param(status.name())
            .query(Long.class)
            .single();
    List<EffectDelivery> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from registry_outbox where status = ? order by seq limit ? offset ?")
            .param(status.name())
            .param(Paging.size(size))
            .param(Paging.offset(page, size))
            .query((rs, n) -> delivery(rs))
            .list();
    return new Listed(items, total);
  }

  /** A FAILED effect becomes PENDING again, due now; its attempts and last error stay. */
  @Transactional
  EffectDelivery requeue(Caller caller, UUID effectId) {
    EffectDelivery effect =
        jdbc.sql("select " + COLUMNS + " from registry_outbox where id = ? for update")
            .param(effectId)
            .query((rs, n) -> delivery(rs))
            .optional()
            .orElseThrow(() -> new NotFoundException("Registry effect", effectId));
    if (effect.status() != EffectDelivery.Status.FAILED) {
      throw new ConflictException(
          "effect-not-failed",
          "only an effect the registry refused (FAILED) is queued again; this one is "
              + effect.status());
    }
    jdbc.sql("update registry_outbox set status = 'PENDING', next_attempt_at = null where id = ?")
        .param(effectId)
        .update();
    audit.record(
        AuditEvent.by(caller, "registry-effect.requeue", "registry-effect", effectId)
            .withDetail(effect.effect() + " of freezing request " + effect.requestId()));
    relay.signal();
    return new EffectDelivery(
        effect.id(),
        effect.requestId(),
        effect.effect(),
        EffectDelivery.Status.PENDING,
        effect.attempts(),
        effect.lastError(),
        effect.createdAt(),
        effect.lastAttemptAt(),
        null,
        effect.deliveredAt());
  }

  private static EffectDelivery delivery(ResultSet rs) throws SQLException {
    return new EffectDelivery(
        rs.getObject("id", UUID.class),
        rs.getObject("request_id", UUID.class),
        rs.getString("effect"),
        EffectDelivery.Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("last_attempt_at")),
        instant(rs.getTimestamp("next_attempt_at")),
        instant(rs.getTimestamp("delivered_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
