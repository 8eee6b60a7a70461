package org.sequestra.freezing.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A freezing or confiscation certificate sent by the issuing agency to another State. */
@Entity
@Table(name = "freezing_request")
public class FreezingRequest {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private RequestKind kind;

  private boolean urgent;

  @Column(name = "issuing_reference")
  private String issuingReference;

  @Column(name = "issuing_agency")
  private String issuingAgency;

  @Column(name = "executing_country")
  private String executingCountry;

  @Column(name = "transmitted_at")
  private Instant transmittedAt;

  @Column(name = "recognition_due_by")
  private Instant recognitionDueBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected FreezingRequest() {}

  FreezingRequest(
      RequestKind kind,
      boolean urgent,
      String issuingReference,
      String issuingAgency,
      String executingCountry,
      Instant transmittedAt,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.urgent = urgent;
    this.issuingReference = issuingReference;
    this.issuingAgency = issuingAgency;
    this.executingCountry = executingCountry;
    this.transmittedAt = transmittedAt;
    this.recognitionDueBy = RecognitionDeadline.of(kind, urgent, transmittedAt).orElse(null);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public RequestKind getKind() {
    return kind;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public String getIssuingReference() {
    return issuingReference;
  }

  public String getIssuingAgency() {
    return issuingAgency;
  }

  public String getExecutingCountry() {
    return executingCountry;
  }

  public Instant getTransmittedAt() {
    return transmittedAt;
  }

  public Instant getRecognitionDueBy() {
    return recognitionDueBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
