package org.sequestra.registry.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sequestra.platform.persistence.AssignedIdEntity;

/** An estimated value of an asset on a given day; valuations are appended, never changed. */
@Entity
@Table(name = "asset_valuation")
public class Valuation extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "asset_id")
  private UUID assetId;

  private BigDecimal amount;

  private String currency;

  @Column(name = "valuation_date")
  private LocalDate valuationDate;

  private String source;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Valuation() {}

  Valuation(
      UUID assetId,
      BigDecimal amount,
      String currency,
      LocalDate valuationDate,
      String source,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.assetId = assetId;
    this.amount = amount;
    this.currency = currency;
    this.valuationDate = valuationDate;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getAssetId() {
    return assetId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getValuationDate() {
    return valuationDate;
  }

  public String getSource() {
    return source;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
