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

  /** The optimistic lock of the row (imports bump it too: they change the transaction count). */
  @Version private long version;

  /**
   * What the dataset's graph is built from (transactions, accounts, opening balances) changes only
   * with an import, which bumps this in its own transaction with SQL; never written from here.
   */
  @Column(name = "graph_version", insertable = false, updatable = false)
  private long graphVersion;

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

  public long getGraphVersion() {
    return graphVersion;
  }
}
