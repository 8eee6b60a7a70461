package org.sequestra.freezing.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a freezing, confiscation or MLA request, as subscribers (the EMPACT
 * platform, national case systems, an e-CODEX connector) receive it.
 *
 * @param type dotted, lower case, e.g. {@code request.issued}, {@code request.recognised}
 * @param executingAgency null while the request has no executing agency yet (a draft)
 * @param data the event's body: plain JSON values (maps, lists, strings, numbers, booleans)
 */
public record RequestEvent(
    UUID id,
    UUID requestId,
    String type,
    Instant occurredAt,
    String issuingAgency,
    String executingAgency,
    Map<String, Object> data) {

  public RequestEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(issuingAgency, "issuingAgency");
    data = Map.copyOf(data);
  }

  /** A new event with a fresh id. */
  public static RequestEvent of(
      UUID requestId,
      String type,
      Instant occurredAt,
      String issuingAgency,
      String executingAgency,
      Map<String, Object> data) {
    return new RequestEvent(
        UUID.randomUUID(), requestId, type, occurredAt, issuingAgency, executingAgency, data);
  }
}
