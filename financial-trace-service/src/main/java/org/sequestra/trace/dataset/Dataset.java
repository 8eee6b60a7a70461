package org.sequestra.trace.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Transactions imported for one case; visible to the owning agency only. */
@Entity
public class Dataset {

  @Id private UUID id;

  @Column(name = "case_reference")
  private String caseReference;

  private String name;

  @Column(name = "owning_agency")
  private String owningAgency;

  @Column(name = "transaction_count")
  private long transactionCount;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected Dataset() {}

  Dataset(
      String caseReference, String name, String owningAgency, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.caseReference = caseReference;
    this.name = name;
    this.owningAgency = owningAgency;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getName() {
    return name;
  }

  public String getOwningAgency() {
    return owningAgency;
  }

  public long getTransactionCount() {
    return transactionCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
