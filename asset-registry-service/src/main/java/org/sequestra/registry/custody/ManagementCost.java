package org.sequestra.registry.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sequestra.platform.persistence.AssignedIdEntity;

/** A cost of managing an asset under a freeze (storage, insurance, upkeep); appended only. */
@Entity
@Table(name = "asset_management_cost")
class ManagementCost extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "asset_id")
  private UUID assetId;

  private BigDecimal amount;

  private String currency;

  @Column(name = "incurred_on")
  private LocalDate incurredOn;

  private String description;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_by_agency")
  private String recordedByAgency;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected ManagementCost() {}

  ManagementCost(
      UUID assetId,
      BigDecimal amount,
      String currency,
      LocalDate incurredOn,
      String description,
      String recordedBy,
      String recordedByAgency,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.assetId = assetId;
    this.amount = amount;
    this.currency = currency;
    this.incurredOn = incurredOn;
    this.description = description;
    this.recordedBy = recordedBy;
    this.recordedByAgency = recordedByAgency;
    this.recordedAt = recordedAt;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getIncurredOn() {
    return incurredOn;
  }

  public String getDescription() {
    return description;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
