package org.sequestra.registry.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.platform.persistence.AssignedIdEntity;

/**
 * A case shared with another agency; revoking keeps the row, for the record. (Getters are public
 * for the mapper only.)
 */
@Entity
@Table(name = "case_share")
class CaseShare extends AssignedIdEntity {

  enum Access {
    READ_ONLY,
    CONTRIBUTOR
  }

  enum Status {
    ACTIVE,
    EXPIRED,
    REVOKED
  }

  @Id private UUID id;

  @Column(name = "case_id")
  private UUID caseId;

  private String agency;

  @Enumerated(EnumType.STRING)
  private Access access;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  protected CaseShare() {}

  CaseShare(
      UUID caseId,
      String agency,
      Access access,
      Instant expiresAt,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.agency = agency;
    this.access = access;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * A share that had expired before it was revoked (closed by {@link CaseShareExpiry}, or replaced
   * by a new share) stays EXPIRED: it ended by itself.
   */
  Status statusAt(Instant now) {
    boolean expired = expiresAt != null && !expiresAt.isAfter(now);
    boolean revokedBeforeExpiry =
        revokedAt != null && (expiresAt == null || revokedAt.isBefore(expiresAt));
    if (revokedBeforeExpiry) {
      return Status.REVOKED;
    }
    if (expired) {
      return Status.EXPIRED;
    }
    return revokedAt != null ? Status.REVOKED : Status.ACTIVE;
  }

  void revoke(String by, Instant at) {
    revokedBy = by;
    revokedAt = at;
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

  public Access getAccess() {
    return access;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
