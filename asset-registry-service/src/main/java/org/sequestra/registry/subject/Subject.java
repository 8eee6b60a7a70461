package org.sequestra.registry.subject;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A natural person or legal entity in a case, with its role there. */
@Entity
@Table(name = "subject")
public class Subject {

  public enum Kind {
    NATURAL_PERSON,
    LEGAL_ENTITY
  }

  public enum Role {
    SUSPECT,
    OWNER,
    BENEFICIAL_OWNER,
    NOMINEE,
    THIRD_PARTY,
    VICTIM
  }

  @Id private UUID id;

  @Column(name = "case_id")
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "given_names")
  private String givenNames;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "birth_place")
  private String birthPlace;

  @ElementCollection
  @CollectionTable(name = "subject_alias", joinColumns = @JoinColumn(name = "subject_id"))
  @OrderColumn(name = "position")
  @Column(name = "alias")
  private List<String> aliases = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "subject_nationality", joinColumns = @JoinColumn(name = "subject_id"))
  @OrderColumn(name = "position")
  @Column(name = "country")
  private List<String> nationalities = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "subject_identity_document",
      joinColumns = @JoinColumn(name = "subject_id"))
  @OrderColumn(name = "position")
  private List<IdentityDocument> identityDocuments = new ArrayList<>();

  @Column(name = "legal_name")
  private String legalName;

  @Column(name = "legal_form")
  private String legalForm;

  @Column(name = "registration_number")
  private String registrationNumber;

  private String jurisdiction;

  private String lei;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected Subject() {}

  private Subject(UUID caseId, Kind kind, Role role, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.kind = kind;
    this.role = role;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  static Subject naturalPerson(
      UUID caseId,
      Role role,
      String givenNames,
      String familyName,
      List<String> aliases,
      LocalDate birthDate,
      String birthPlace,
      List<String> nationalities,
      List<IdentityDocument> identityDocuments,
      String createdBy,
      Instant createdAt) {
    Subject subject = new Subject(caseId, Kind.NATURAL_PERSON, role, createdBy, createdAt);
    subject.givenNames = givenNames;
    subject.familyName = familyName;
    subject.aliases.addAll(aliases);
    subject.birthDate = birthDate;
    subject.birthPlace = birthPlace;
    subject.nationalities.addAll(nationalities);
    subject.identityDocuments.addAll(identityDocuments);
    return subject;
  }

  static Subject legalEntity(
      UUID caseId,
      Role role,
      String name,
      String legalForm,
      String registrationNumber,
      String jurisdiction,
      String lei,
      String createdBy,
      Instant createdAt) {
    Subject subject = new Subject(caseId, Kind.LEGAL_ENTITY, role, createdBy, createdAt);
    subject.legalName = name;
    subject.legalForm = legalForm;
    subject.registrationNumber = registrationNumber;
    subject.jurisdiction = jurisdiction;
    subject.lei = lei;
    return subject;
  }

  public UUID getId() {
    return id;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public boolean isNaturalPerson() {
    return kind == Kind.NATURAL_PERSON;
  }

  public Kind getKind() {
    return kind;
  }

  public Role getRole() {
    return role;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public String getFamilyName() {
    return familyName;
  }

  public List<String> getAliases() {
    return aliases;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public List<String> getNationalities() {
    return nationalities;
  }

  public List<IdentityDocument> getIdentityDocuments() {
    return identityDocuments;
  }

  public String getLegalName() {
    return legalName;
  }

  public String getLegalForm() {
    return legalForm;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public String getLei() {
    return lei;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
