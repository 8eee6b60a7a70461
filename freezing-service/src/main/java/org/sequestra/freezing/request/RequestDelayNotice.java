package org.sequestra.freezing.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.freezing.deadline.DeadlineRule;
import org.sequestra.platform.persistence.AssignedIdEntity;

/**
 * The executing authority's notice that a deadline is or will be missed, with its reasons and the
 * date it expects to act by (Art 9(5), Art 20(4)). Recorded once, never changed.
 */
@Entity
@Table(name = "request_delay_notice")
public class RequestDelayNotice extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "request_id")
  private UUID requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_rule")
  private DeadlineRule deadlineRule;

  @Column(name = "deadline_due_at")
  private Instant deadlineDueAt;

  private String reason;

  @Column(name = "expected_by")
  private Instant expectedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recording_agency")
  private String recordingAgency;

  protected RequestDelayNotice() {}

  RequestDelayNotice(
      UUID requestId,
      DeadlineRule deadlineRule,
      Instant deadlineDueAt,
      String reason,
      Instant expectedBy,
      Instant recordedAt,
      String recordedBy,
      String recordingAgency) {
    this.id = UUID.randomUUID();
    this.requestId = requestId;
    this.deadlineRule = deadlineRule;
    this.deadlineDueAt = deadlineDueAt;
    this.reason = reason;
    this.expectedBy = expectedBy;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.recordingAgency = recordingAgency;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getRequestId() {
    return requestId;
  }

  public DeadlineRule getDeadlineRule() {
    return deadlineRule;
  }

  public Instant getDeadlineDueAt() {
    return deadlineDueAt;
  }

  public String getReason() {
    return reason;
  }

  public Instant getExpectedBy() {
    return expectedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getRecordingAgency() {
    return recordingAgency;
  }
}
