package org.sequestra.registry.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An investigation owned by one agency; the unit that access rules are decided on. */
@Entity
@Table(name = "investigation_case")
public class InvestigationCase {

  public enum Status {
    OPEN,
    CLOSED
  }

  @Id private UUID id;

  @Column(name = "national_reference")
  private String nationalReference;

  private String title;

  @Column(name = "owning_agency")
  private String owningAgency;

  private String country;

  @Column(name = "opened_on")
  private LocalDate openedOn;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected InvestigationCase() {}

  InvestigationCase(
      String nationalReference,
      String title,
      String owningAgency,
      String country,
      LocalDate openedOn,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.nationalReference = nationalReference;
    this.title = title;
    this.owningAgency = owningAgency;
    this.country = country;
    this.openedOn = openedOn;
    this.status = Status.OPEN;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public String getNationalReference() {
    return nationalReference;
  }

  public String getTitle() {
    return title;
  }

  public String getOwningAgency() {
    return owningAgency;
  }

  public String getCountry() {
    return country;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
