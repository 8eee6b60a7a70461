package org.sequestra.registry.asset;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** A piece of property in a case, with its identifiers and its current valuation. */
@Entity
@Table(name = "asset")
public class Asset {

  public enum Type {
    REAL_ESTATE,
    VEHICLE,
    VESSEL,
    AIRCRAFT,
    BANK_ACCOUNT,
    CRYPTO_WALLET,
    COMPANY_SHARES,
    SECURITIES,
    CASH,
    PRECIOUS_GOODS,
    OTHER
  }

  @Id private UUID id;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "owning_agency")
  private String owningAgency;

  @Enumerated(EnumType.STRING)
  private Type type;

  /** Set here at registration, then by the lifecycle. */
  @Enumerated(EnumType.STRING)
  private AssetStatus status;

  private String description;

  @Column(name = "location_country")
  private String locationCountry;

  // Outside the version check, or persisting a new asset would count as its first change; every
  // change stamps changedBy(...), which moves the version on. A set (at most one identifier per
  // field), so that a page fetches it together with the warnings without repeating identifiers.
  @ElementCollection
  @OptimisticLock(excluded = true)
  @CollectionTable(name = "asset_identifier", joinColumns = @JoinColumn(name = "asset_id"))
  private Set<AssetIdentifier> identifiers = new LinkedHashSet<>();

  @ElementCollection
  @OptimisticLock(excluded = true)
  @CollectionTable(name = "asset_warning", joinColumns = @JoinColumn(name = "asset_id"))
  @OrderColumn(name = "position")
  @Column(name = "message")
  private List<String> warnings = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_valuation_id")
  private Valuation currentValuation;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  // A wrapper, so that Spring Data persists a new asset (null version) instead of merging it.
  @Version private Long version;

  protected Asset() {}

  Asset(
      UUID caseId,
      String owningAgency,
      Type type,
      String description,
      String locationCountry,
      List<AssetIdentifier> identifiers,
      List<String> warnings,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.owningAgency = owningAgency;
    this.type = type;
    this.status = AssetStatus.IDENTIFIED;
    this.description = description;
    this.locationCountry = locationCountry;
    this.identifiers.addAll(identifiers);
    this.warnings.addAll(warnings);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * Adds a valuation to the history; it becomes the current one unless the current one refers to a
   * later day (a late-recorded old valuation does not replace a newer value).
   */
  void record(Valuation valuation) {
    if (currentValuation == null
        || !valuation.getValuationDate().isBefore(currentValuation.getValuationDate())) {
      currentValuation = valuation;
    }
  }

  /**
   * The lifecycle's new status. Only the lifecycle feature calls this, after the seizure lifecycle
   * allowed the move and in the transaction that records it (asset.status equals the latest
   * transition's to_status).
   */
  public void moveTo(AssetStatus next) {
    this.status = next;
  }

  void describe(String description) {
    this.description = description;
  }

  void locateIn(String locationCountry) {
    this.locationCountry = locationCountry;
  }

  /** Stamps a change of description, location or identifiers; moves the version (and ETag) on. */
  void changedBy(String subject, Instant at) {
    this.updatedBy = subject;
    this.updatedAt = at;
  }

  /** New identifiers replace the old ones; so do the warnings their checks gave. */
  void reidentify(List<AssetIdentifier> identifiers, List<String> warnings) {
    this.identifiers.clear();
    this.identifiers.addAll(identifiers);
    this.warnings.clear();
    this.warnings.addAll(warnings);
  }

  public UUID getId() {
    return id;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public String getOwningAgency() {
    return owningAgency;
  }

  public Type getType() {
    return type;
  }

  public AssetStatus getStatus() {
    return status;
  }

  public String getDescription() {
    return description;
  }

  public String getLocationCountry() {
    return locationCountry;
  }

  public Set<AssetIdentifier> getIdentifiers() {
    return identifiers;
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public Valuation getCurrentValuation() {
    return currentValuation;
  }

  /** The optimistic-locking version, exposed as the asset's ETag. */
  public long getVersion() {
    return version == null ? 0 : version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
