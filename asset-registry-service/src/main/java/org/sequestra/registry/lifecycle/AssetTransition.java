package org.sequestra.registry.lifecycle;

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
import org.sequestra.registry.asset.AssetStatus;

/** One recorded act of an asset's seizure lifecycle; appended, never changed (V30). */
@Entity
@Table(name = "asset_transition")
class AssetTransition extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "asset_id")
  private UUID assetId;

  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private AssetStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private AssetStatus toStatus;

  @Column(name = "order_reference")
  private String orderReference;

  @Column(name = "issuing_authority")
  private String issuingAuthority;

  @Column(name = "order_date")
  private LocalDate orderDate;

  @Column(name = "executing_country")
  private String executingCountry;

  private String actor;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "value_amount")
  private BigDecimal valueAmount;

  @Column(name = "value_currency")
  private String valueCurrency;

  @Column(name = "value_eur")
  private BigDecimal valueEur;

  @Column(name = "value_eur_rate")
  private BigDecimal valueEurRate;

  @Column(name = "value_eur_rate_date")
  private LocalDate valueEurRateDate;

  private String note;

  @Column(name = "title_uncontested")
  private Boolean titleUncontested;

  @Column(name = "not_needed_as_evidence")
  private Boolean notNeededAsEvidence;

  @Column(name = "affected_persons_rights_not_prejudiced")
  private Boolean affectedPersonsRightsNotPrejudiced;

  @Column(name = "victim_proceedings_pending")
  private Boolean victimProceedingsPending;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_by_agency")
  private String recordedByAgency;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected AssetTransition() {}

  /** What the recorder stated beyond the lifecycle command itself (null where not stated). */
  record Statements(
      String executingCountry,
      String note,
      Boolean titleUncontested,
      Boolean notNeededAsEvidence,
      Boolean affectedPersonsRightsNotPrejudiced,
      Boolean victimProceedingsPending) {}

  /** The value's euro equivalent as stored; all null when there is no value or no rate. */
  record Euro(BigDecimal amount, BigDecimal rate, LocalDate rateDate) {}

  AssetTransition(
      UUID assetId,
      int sequence,
      AssetStatus fromStatus,
      Transition act,
      Statements statements,
      Euro euro,
      String recordedBy,
      String recordedByAgency,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.assetId = assetId;
    this.sequence = sequence;
    this.fromStatus = fromStatus;
    this.toStatus = act.target();
    this.orderReference = act.legalBasis().orderReference();
    this.issuingAuthority = act.legalBasis().issuingAuthority();
    this.orderDate = act.legalBasis().orderDate();
    this.executingCountry = statements.executingCountry();
    this.actor = act.actor();
    this.occurredAt = act.at();
    if (act.value() != null) {
      this.valueAmount = act.value().amount();
      this.valueCurrency = act.value().currency();
    }
    this.valueEur = euro.amount();
    this.valueEurRate = euro.rate();
    this.valueEurRateDate = euro.rateDate();
    this.note = statements.note();
    this.titleUncontested = statements.titleUncontested();
    this.notNeededAsEvidence = statements.notNeededAsEvidence();
    this.affectedPersonsRightsNotPrejudiced = statements.affectedPersonsRightsNotPrejudiced();
    this.victimProceedingsPending = statements.victimProceedingsPending();
    this.recordedBy = recordedBy;
    this.recordedByAgency = recordedByAgency;
    this.recordedAt = recordedAt;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getAssetId() {
    return assetId;
  }

  public int getSequence() {
    return sequence;
  }

  public AssetStatus getFromStatus() {
    return fromStatus;
  }

  public AssetStatus getToStatus() {
    return toStatus;
  }

  public String getOrderReference() {
    return orderReference;
  }

  public String getIssuingAuthority() {
    return issuingAuthority;
  }

  public LocalDate getOrderDate() {
    return orderDate;
  }

  public String getExecutingCountry() {
    return executingCountry;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public BigDecimal getValueAmount() {
    return valueAmount;
  }

  public String getValueCurrency() {
    return valueCurrency;
  }

  public BigDecimal getValueEur() {
    return valueEur;
  }

  public BigDecimal getValueEurRate() {
    return valueEurRate;
  }

  public LocalDate getValueEurRateDate() {
    return valueEurRateDate;
  }

  public String getNote() {
    return note;
  }

  public Boolean getTitleUncontested() {
    return titleUncontested;
  }

  public Boolean getNotNeededAsEvidence() {
    return notNeededAsEvidence;
  }

  public Boolean getAffectedPersonsRightsNotPrejudiced() {
    return affectedPersonsRightsNotPrejudiced;
  }

  public Boolean getVictimProceedingsPending() {
    return victimProceedingsPending;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getRecordedByAgency() {
    return recordedByAgency;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
