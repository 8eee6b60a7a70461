package org.sequestra.registry.hit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification to one agency that another agency holds one of its asset's identifiers. It names
 * the recipient's own asset and the other agency, nothing of the other agency's case.
 */
@Entity
@Table(name = "hit")
class Hit {

  @Id private UUID id;

  @Column(name = "recipient_agency")
  private String recipientAgency;

  @Column(name = "asset_id")
  private UUID assetId;

  @Column(name = "identifier_type")
  private String identifierType;

  @Column(name = "match_key")
  private String matchKey;

  @Column(name = "other_agency")
  private String otherAgency;

  @Column(name = "detected_at")
  private Instant detectedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  protected Hit() {}

  /** Marks the notification as seen; the first acknowledgement stands. */
  void acknowledge(String by, Instant at) {
    if (acknowledgedAt == null) {
      acknowledgedAt = at;
      acknowledgedBy = by;
    }
  }

  public UUID getId() {
    return id;
  }

  public UUID getAssetId() {
    return assetId;
  }

  public String getIdentifierType() {
    return identifierType;
  }

  public String getOtherAgency() {
    return otherAgency;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }
}
