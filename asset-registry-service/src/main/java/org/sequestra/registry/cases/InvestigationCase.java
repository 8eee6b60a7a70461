package org.sequestra.registry.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.sequestra.platform.paging.Paging;

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

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Embedded private ContactPoint contactPoint;

  // The EMPACT policy cycle the priorities below belong to (null: none in force when opened).
  @Column(name = "empact_cycle")
  private String empactCycle;

  // Eager (joined by find, batched for lists): mapped to the API after the transaction ends.
  // Outside the version check, or persisting a new case would count as its first change; every
  // change stamps changedBy(...), which moves the version on.
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = Paging.MAX_SIZE)
  @OptimisticLock(excluded = true)
  @CollectionTable(name = "case_offence", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  @Column(name = "offence")
  private List<String> offences = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = Paging.MAX_SIZE)
  @OptimisticLock(excluded = true)
  @CollectionTable(name = "case_empact_priority", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "code")
  private Set<String> empactPriorities = new LinkedHashSet<>();

  // A wrapper, so that Spring Data persists a new case (null version) instead of merging it.
  @Version private Long version;

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

  void retitle(String value) {
    title = value;
  }

  /** Closing records the day; reopening clears it. */
  void changeStatus(Status value, LocalDate today) {
    if (value != status) {
      status = value;
      closedOn = value == Status.CLOSED ? today : null;
    }
  }

  void replaceOffences(List<String> values) {
    offences.clear();
    offences.addAll(new LinkedHashSet<>(values));
  }

  /** The cycle and its priorities change together: codes mean something within a cycle only. */
  void replaceEmpactPriorities(String cycle, List<String> codes) {
    empactCycle = cycle;
    empactPriorities.clear();
    empactPriorities.addAll(codes);
  }

  void changeContactPoint(ContactPoint value) {
    contactPoint = value;
  }

  /** Stamps the change, which also moves the version (and ETag) on. */
  void changedBy(String subject, Instant at) {
    updatedBy = subject;
    updatedAt = at;
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

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public ContactPoint getContactPoint() {
    return contactPoint;
  }

  public String getEmpactCycle() {
    return empactCycle;
  }

  public List<String> getOffences() {
    return List.copyOf(offences);
  }

  /** Sorted, so that the answer does not depend on storage order. */
  public List<String> getEmpactPriorities() {
    return empactPriorities.stream().sorted().toList();
  }

  public long getVersion() {
    return version == null ? 0 : version;
  }
}
