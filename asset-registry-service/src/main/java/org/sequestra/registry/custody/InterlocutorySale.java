package org.sequestra.registry.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The sale of an asset before the final decision, to preserve its value (a perishable or fast
 * depreciating asset); at most one per asset, corrected in place under If-Match.
 */
@Entity
@Table(name = "asset_interlocutory_sale")
class InterlocutorySale {

  @Id
  @Column(name = "asset_id")
  private UUID assetId;

  @Column(name = "sale_date")
  private LocalDate saleDate;

  @Column(name = "order_reference")
  private String orderReference;

  private BigDecimal amount;

  private String currency;

  private String buyer;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  /** Null until first stored, so that a new record is inserted rather than merged. */
  @Version private Long version;

  protected InterlocutorySale() {}

  InterlocutorySale(UUID assetId) {
    this.assetId = assetId;
  }

  void replace(
      LocalDate saleDate,
      String orderReference,
      BigDecimal amount,
      String currency,
      String buyer,
      String recordedBy,
      Instant recordedAt) {
    this.saleDate = saleDate;
    this.orderReference = orderReference;
    this.amount = amount;
    this.currency = currency;
    this.buyer = buyer;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public UUID getAssetId() {
    return assetId;
  }

  public LocalDate getSaleDate() {
    return saleDate;
  }

  public String getOrderReference() {
    return orderReference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getBuyer() {
    return buyer;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Long getVersion() {
    return version;
  }
}
