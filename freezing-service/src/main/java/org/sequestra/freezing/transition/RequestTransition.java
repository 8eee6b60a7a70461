package org.sequestra.freezing.transition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.sequestra.platform.persistence.AssignedIdEntity;

/** One step of a request's history: who took it, for which agency, when, and why. */
@Entity
@Table(name = "request_transition")
class RequestTransition extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "request_id")
  private UUID requestId;

  private int sequence;

  @Enumerated(EnumType.STRING)
  private RequestAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private RequestStatus toStatus;

  private String actor;

  @Column(name = "actor_agency")
  private String actorAgency;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  private String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  private String details;

  protected RequestTransition() {}

  RequestTransition(
      UUID requestId,
      int sequence,
      RequestAction action,
      RequestStatus fromStatus,
      RequestStatus toStatus,
      String actor,
      String actorAgency,
      Instant occurredAt,
      Instant recordedAt,
      String reason,
      String details) {
    this.id = UUID.randomUUID();
    this.requestId = requestId;
    this.sequence = sequence;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.actor = actor;
    this.actorAgency = actorAgency;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.reason = reason;
    this.details = details;
  }

  int getSequence() {
    return sequence;
  }

  RequestAction getAction() {
    return action;
  }

  RequestStatus getFromStatus() {
    return fromStatus;
  }

  RequestStatus getToStatus() {
    return toStatus;
  }

  String getActor() {
    return actor;
  }

  String getActorAgency() {
    return actorAgency;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }

  String getReason() {
    return reason;
  }

  String getDetails() {
    return details;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
