package org.sequestra.registry.screening;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One screening of a subject: what the matcher returned, or why it could not be asked. */
@Entity
@Table(name = "screening")
class Screening {

  enum Status {
    COMPLETED,
    FAILED
  }

  @Id private UUID id;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String dataset;

  @Column(name = "failure_reason")
  private String failureReason;

  private int attempts;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @OneToMany(mappedBy = "screening", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ScreeningCandidate> candidates = new ArrayList<>();

  @Version private long version;

  protected Screening() {}

  Screening(UUID caseId, UUID subjectId, String dataset, String requestedBy, Instant requestedAt) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.subjectId = subjectId;
    this.dataset = dataset;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /** The matcher answered; its candidates, best first. */
  void completed(List<YenteClient.Candidate> found, String dataset, Instant at) {
    attempts++;
    status = Status.COMPLETED;
    failureReason = null;
    completedAt = at;
    this.dataset = dataset;
    candidates.clear();
    for (int i = 0; i < found.size(); i++) {
      candidates.add(new ScreeningCandidate(this, i, found.get(i)));
    }
  }

  void failed(String reason, String dataset) {
    attempts++;
    status = Status.FAILED;
    failureReason = reason;
    this.dataset = dataset;
  }

  public UUID getId() {
    return id;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public Status getStatus() {
    return status;
  }

  public String getDataset() {
    return dataset;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public List<ScreeningCandidate> getCandidates() {
    return candidates;
  }
}
