package org.sequestra.registry.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Who holds a frozen or confiscated asset and where it is kept; one current record per asset. */
@Entity
@Table(name = "asset_custody")
class Custody {

  @Id
  @Column(name = "asset_id")
  private UUID assetId;

  @Column(name = "custodian_name")
  private String custodianName;

  @Column(name = "custodian_agency")
  private String custodianAgency;

  @Column(name = "storage_location")
  private String storageLocation;

  @Column(name = "storage_country")
  private String storageCountry;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Null until first stored, so that a new record is inserted rather than merged. */
  @Version private Long version;

  protected Custody() {}

  Custody(UUID assetId) {
    this.assetId = assetId;
  }

  void replace(
      String custodianName,
      String custodianAgency,
      String storageLocation,
      String storageCountry,
      String updatedBy,
      Instant updatedAt) {
    this.custodianName = custodianName;
    this.custodianAgency = custodianAgency;
    this.storageLocation = storageLocation;
    this.storageCountry = storageCountry;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public UUID getAssetId() {
    return assetId;
  }

  public String getCustodianName() {
    return custodianName;
  }

  public String getCustodianAgency() {
    return custodianAgency;
  }

  public String getStorageLocation() {
    return storageLocation;
  }

  public String getStorageCountry() {
    return storageCountry;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Long getVersion() {
    return version;
  }
}
