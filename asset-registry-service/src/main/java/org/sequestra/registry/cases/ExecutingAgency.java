package org.sequestra.registry.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.platform.persistence.AssignedIdEntity;

/**
 * The executing State's agency of a freezing request, reading the case while the request stands;
 * withdrawing keeps the row, for the record. (Getters are public for the mapper only.)
 */
@Entity
@Table(name = "case_executing_agency")
class ExecutingAgency extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "case_id")
  private UUID caseId;

  private String agency;

  @Column(name = "freezing_request_id")
  private UUID freezingRequestId;

  @Column(name = "granted_at")
  private Instant grantedAt;

  @Column(name = "granted_by")
  private String grantedBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  protected ExecutingAgency() {}

  ExecutingAgency(
      UUID caseId, String agency, UUID freezingRequestId, String grantedBy, Instant grantedAt) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.agency = agency;
    this.freezingRequestId = freezingRequestId;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  void withdraw(String by, Instant at) {
    withdrawnBy = by;
    withdrawnAt = at;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public String getAgency() {
    return agency;
  }

  public UUID getFreezingRequestId() {
    return freezingRequestId;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public String getGrantedBy() {
    return grantedBy;
  }
}
