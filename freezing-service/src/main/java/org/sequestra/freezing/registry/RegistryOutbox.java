package org.sequestra.freezing.registry;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's outbox: an effect is stored in the transaction of the request's change, so a
 * registry that is down loses nothing; a relay delivers the rows afterwards, in order.
 */
@Component
public class RegistryOutbox {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final RelaySignal relay;

  RegistryOutbox(JdbcClient jdbc, JsonMapper json, Clock clock, RelaySignal relay) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.relay = relay;
  }

  /** Stores the effect; must run inside the transaction of the change. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void add(RegistryEffect effect) {
    jdbc.sql(
            """
            insert into registry_outbox (id, request_id, effect, body, created_at)
            values (:id, :requestId, :effect, cast(:body as jsonb), :createdAt)
            """)
        .param("id", effect.id())
        .param("requestId", effect.requestId())
        .param("effect", effect.kind().name())
        .param("body", json.writeValueAsString(effect))
        .param("createdAt", Timestamp.from(clock.instant()))
        .update();
    // the relay sends it right after the commit instead of at its next poll
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            relay.signal();
          }
        });
  }
}
