package org.sequestra.freezing.event;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request events' outbox: an event is stored in the transaction of the change it reports, so it
 * exists if and only if the change committed. Delivery (webhooks) reads the table afterwards.
 */
@Component
public class RequestEvents {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RequestEvents(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores the event; must run inside the transaction of the change. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void append(RequestEvent event) {
    jdbc.sql(
            """
            insert into request_event
              (id, request_id, type, occurred_at, issuing_agency, executing_agency, data)
            values (:id, :requestId, :type, :occurredAt, :issuingAgency, :executingAgency,
                    cast(:data as jsonb))
            """)
        .param("id", event.id())
        .param("requestId", event.requestId())
        .param("type", event.type())
        .param("occurredAt", Timestamp.from(event.occurredAt()))
        .param("issuingAgency", event.issuingAgency())
        .param("executingAgency", event.executingAgency())
        .param("data", json.writeValueAsString(event.data()))
        .update();
  }
}
