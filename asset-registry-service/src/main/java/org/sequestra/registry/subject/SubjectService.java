package org.sequestra.registry.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.registry.api.model.IdentityDocumentDto;
import org.sequestra.registry.api.model.LegalEntityDto;
import org.sequestra.registry.api.model.NaturalPersonDto;
import org.sequestra.registry.api.model.NewSubjectDto;
import org.sequestra.registry.api.model.SubjectKindDto;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.validation.FieldChecks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and reads the subjects of a case; who may do so is decided by {@link CaseAccess}. Subjects
 * are personal data: every addition and every read (one subject or a page) is audited.
 */
@Service
class SubjectService {

  private final SubjectRepository subjects;
  private final CaseAccess access;
  private final AuditTrail audit;
  private final Clock clock;

  SubjectService(SubjectRepository subjects, CaseAccess access, AuditTrail audit, Clock clock) {
    this.subjects = subjects;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Subject add(Caller caller, UUID caseId, NewSubjectDto request) {
    InvestigationCase investigationCase = access.writable(caller, caseId);
    Subject.Role role = Subject.Role.valueOf(request.getRole().name());
    FieldChecks checks = new FieldChecks();
    boolean person = request.getKind() == SubjectKindDto.NATURAL_PERSON;
    String expected = person ? "naturalPerson" : "legalEntity";
    String other = person ? "legalEntity" : "naturalPerson";
    checks.require(
        (person ? request.getNaturalPerson() : request.getLegalEntity()) != null,
        expected,
        "is required for a " + request.getKind() + " subject");
    checks.require(
        (person ? request.getLegalEntity() : request.getNaturalPerson()) == null,
        other,
        "must be absent for a " + request.getKind() + " subject");
    checks.throwIfInvalid();
    Subject subject =
        person
            ? naturalPerson(caller, caseId, role, request.getNaturalPerson(), checks)
            : legalEntity(caller, caseId, role, request.getLegalEntity(), checks);
    checks.throwIfInvalid();
    Subject saved = subjects.save(subject);
    audit.record(
        AuditEvent.by(caller, "subject.create", "subject", saved.getId())
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail("case " + caseId));
    return saved;
  }

  private Subject naturalPerson(
      Caller caller, UUID caseId, Subject.Role role, NaturalPersonDto person, FieldChecks checks) {
    String familyName = FieldChecks.text(person.getFamilyName());
    checks.require(familyName != null, "naturalPerson.familyName", "must not be blank");
    LocalDate birthDate = person.getBirthDate();
    checks.require(
        birthDate == null || !birthDate.isAfter(LocalDate.now(clock)),
        "naturalPerson.birthDate",
        "must not be in the future");
    List<String> aliases = new ArrayList<>();
    for (String alias : person.getAliases()) {
      String text = FieldChecks.text(alias);
      if (text != null && !aliases.contains(text)) {
        aliases.add(text);
      }
    }
    LinkedHashSet<String> nationalities = new LinkedHashSet<>();
    List<String> given = person.getNationalities();
    for (int i = 0; i < given.size(); i++) {
      String country = checks.country("naturalPerson.nationalities[" + i + "]", given.get(i));
      if (country != null) {
        nationalities.add(country);
      }
    }
    List<IdentityDocument> documents = new ArrayList<>();
    List<IdentityDocumentDto> givenDocuments = person.getIdentityDocuments();
    for (int i = 0; i < givenDocuments.size(); i++) {
      IdentityDocumentDto document = givenDocuments.get(i);
      String field = "naturalPerson.identityDocuments[" + i + "]";
      String number = FieldChecks.text(document.getNumber());
      checks.require(number != null, field + ".number", "must not be blank");
      String country = checks.country(field + ".issuingCountry", document.getIssuingCountry());
      documents.add(
          new IdentityDocument(
              IdentityDocument.Type.valueOf(document.getType().name()), number, country));
    }
    return Subject.naturalPerson(
        caseId,
        role,
        FieldChecks.text(person.getGivenNames()),
        familyName,
        aliases,
        birthDate,
        FieldChecks.text(person.getBirthPlace()),
        List.copyOf(nationalities),
        documents,
        caller.subject(),
        clock.instant());
  }

  private Subject legalEntity(
      Caller caller, UUID caseId, Subject.Role role, LegalEntityDto entity, FieldChecks checks) {
    String name = FieldChecks.text(entity.getName());
    checks.require(name != null, "legalEntity.name", "must not be blank");
    String registrationNumber = FieldChecks.text(entity.getRegistrationNumber());
    String jurisdiction = checks.country("legalEntity.jurisdiction", entity.getJurisdiction());
    checks.require(
        registrationNumber == null || entity.getJurisdiction() != null,
        "legalEntity.jurisdiction",
        "is required with a registration number");
    String lei = checks.normalised("legalEntity.lei", IdentifierType.LEI, entity.getLei());
    return Subject.legalEntity(
        caseId,
        role,
        name,
        FieldChecks.text(entity.getLegalForm()),
        registrationNumber,
        jurisdiction,
        lei,
        caller.subject(),
        clock.instant());
  }

  /** Read-write: the audit entry of the read is written in this transaction. */
  @Transactional
  Subject get(Caller caller, UUID caseId, UUID subjectId) {
    InvestigationCase investigationCase = access.readable(caller, caseId);
    Subject found =
        subjects
            .findByIdAndCaseId(subjectId, caseId)
            .map(SubjectService::withDetails)
            .orElseThrow(() -> new NotFoundException("Subject", subjectId));
    audit.record(
        AuditEvent.by(caller, "subject.read", "subject", subjectId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail("case " + caseId));
    return found;
  }

  /** A page of subjects is one audit entry on the case, saying which page and how many. */
  @Transactional
  Page<Subject> list(Caller caller, UUID caseId, int page, int size) {
    InvestigationCase investigationCase = access.readable(caller, caseId);
    Sort inOrderAdded = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
    Page<Subject> result = subjects.findByCaseId(caseId, PageRequest.of(page, size, inOrderAdded));
    result.forEach(SubjectService::withDetails);
    audit.record(
        AuditEvent.by(caller, "subject.list", "case", caseId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail("page " + page + ", " + result.getNumberOfElements() + " subjects"));
    return result;
  }

  /** Loads the collections inside the transaction, since open-in-view is off. */
  private static Subject withDetails(Subject subject) {
    Hibernate.initialize(subject.getAliases());
    Hibernate.initialize(subject.getNationalities());
    Hibernate.initialize(subject.getIdentityDocuments());
    return subject;
  }
}
