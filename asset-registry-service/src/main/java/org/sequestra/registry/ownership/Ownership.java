package org.sequestra.registry.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sequestra.platform.persistence.AssignedIdEntity;

/** A subject's link to an asset for a period: legal or beneficial ownership, nominee, control. */
@Entity
@Table(name = "ownership")
public class Ownership extends AssignedIdEntity {

  public enum Kind {
    LEGAL,
    BENEFICIAL,
    NOMINEE,
    CONTROL
  }

  @Id private UUID id;

  @Column(name = "asset_id")
  private UUID assetId;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "share_percentage")
  private BigDecimal sharePercentage;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Ownership() {}

  Ownership(
      UUID assetId,
      UUID subjectId,
      Kind kind,
      BigDecimal sharePercentage,
      LocalDate startDate,
      LocalDate endDate,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.assetId = assetId;
    this.subjectId = subjectId;
    this.kind = kind;
    this.sharePercentage = sharePercentage;
    this.startDate = startDate;
    this.endDate = endDate;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  LegalShares.Share share() {
    return new LegalShares.Share(sharePercentage, startDate, endDate);
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getAssetId() {
    return assetId;
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public Kind getKind() {
    return kind;
  }

  public BigDecimal getSharePercentage() {
    return sharePercentage;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
