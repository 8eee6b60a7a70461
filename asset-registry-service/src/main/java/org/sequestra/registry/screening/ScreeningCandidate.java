package org.sequestra.registry.screening;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.persistence.AssignedIdEntity;

/** An entity the matcher proposed for a subject, with the analyst's decision on it. */
@Entity
@Table(name = "screening_candidate")
class ScreeningCandidate extends AssignedIdEntity {

  enum Decision {
    CONFIRMED,
    DISMISSED
  }

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "screening_id")
  private Screening screening;

  private int position;

  @Column(name = "entity_id")
  private String entityId;

  @Column(name = "schema_name")
  private String schema;

  private String caption;

  private BigDecimal score;

  @Column(name = "matched")
  private boolean match;

  @ElementCollection
  @CollectionTable(
      name = "screening_candidate_dataset",
      joinColumns = @JoinColumn(name = "candidate_id"))
  @OrderColumn(name = "position")
  @Column(name = "dataset")
  private List<String> datasets = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private Decision decision;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ScreeningCandidate() {}

  ScreeningCandidate(Screening screening, int position, YenteClient.Candidate candidate) {
    this.id = UUID.randomUUID();
    this.screening = screening;
    this.position = position;
    this.entityId = candidate.entityId();
    this.schema = candidate.schema();
    this.caption = candidate.caption();
    this.score = candidate.score();
    this.match = candidate.match();
    this.datasets.addAll(candidate.datasets());
  }

  /** A later decision replaces an earlier one; the audit log keeps both. */
  void decide(Decision decision, String reason, String by, Instant at) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  @Override
  public UUID getId() {
    return id;
  }

  Screening getScreening() {
    return screening;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSchema() {
    return schema;
  }

  public String getCaption() {
    return caption;
  }

  public BigDecimal getScore() {
    return score;
  }

  public boolean isMatch() {
    return match;
  }

  public List<String> getDatasets() {
    return datasets;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
