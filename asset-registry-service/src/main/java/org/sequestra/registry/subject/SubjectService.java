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
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.validation.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and reads the subjects of a case; who may do so is decided by {@link CaseAccess}. Subjects
 * are personal data: every addition and every read (one subject or a page) is audited.
 */
@Service
class SubjectService {

  private static final Logger log = LoggerFactory.getLogger(SubjectService.class);

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
  Subject add(Caller caller, UUID caseId, NewSubject request) {
    InvestigationCase investigationCase = access.writable(caller, caseId);
    Subject.Role role = request.role();
    FieldChecks checks = new FieldChecks();
    boolean person = request.kind() == Subject.Kind.NATURAL_PERSON;
    String expected = person ? "naturalPerson" : "legalEntity";
    String other = person ? "legalEntity" : "naturalPerson";
    checks.require(
        (person ? request.naturalPerson() : request.legalEntity()) != null,
        expected,
        "is required for a " + request.kind() + " subject");
    checks.require(
        (person ? request.legalEntity() : request.naturalPerson()) == null,
        other,
        "must be absent for a " + request.kind() + " subject");
    checks.throwIfInvalid();
    Subject subject =
        person
            ? naturalPerson(caller, caseId, role, request.naturalPerson(), checks)
            : legalEntity(caller, caseId, role, request.legalEntity(), checks);
    checks.throwIfInvalid();
    Subject saved = subjects.save(subject);
    audit.record(
        AuditEvent.by(caller, "subject.create", "subject", saved.getId())
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail("case " + caseId));
    // ids and kind only: a subject's names and identifiers are personal data
    log.info("Subject {} ({}, {}) added to case {}", saved.getId(), request.kind(), role, caseId);
    return saved;
  }

  private Subject naturalPerson(
      Caller caller, UUID caseId, Subject.Role role, NewSubject.Person person, FieldChecks checks) {
    String familyName = FieldChecks.text(person.familyName());
    checks.require(familyName != null, "naturalPerson.familyName", "must not be blank");
    LocalDate birthDate = person.birthDate();
    checks.require(
        birthDate == null || !birthDate.isAfter(LocalDate.now(clock)),
        "naturalPerson.birthDate",
        "must not be in the future");
    List<String> aliases = new ArrayList<>();
    for (String alias : person.aliases()) {
      String text = FieldChecks.text(alias);
      if (text != null && !aliases.contains(text)) {
        aliases.add(text);
      }
    }
    LinkedHashSet<String> nationalities = new LinkedHashSet<>();
    List<String> given = person.nationalities();
    for (int i = 0; i < given.size(); i++) {
      String country = checks.country("naturalPerson.nationalities[" + i + "]", given.get(i));
      if (country != null) {
        nationalities.add(country);
      }
    }
    List<IdentityDocument> documents = new ArrayList<>();
    List<NewSubject.Document> givenDocuments = person.identityDocuments();
    for (int i = 0; i < givenDocuments.size(); i++) {
      NewSubject.Document document = givenDocuments.get(i);
      String field = "naturalPerson.identityDocuments[" + i + "]";
      String number = FieldChecks.text(document.number());
      checks.require(number != null, field + ".number", "must not be blank");
      String country = checks.country(field + ".issuingCountry", document.issuingCountry());
      documents.add(new IdentityDocument(document.type(), number, country));
    }
    return Subject.naturalPerson(
        caseId,
        role,
        FieldChecks.text(person.givenNames()),
        familyName,
        aliases,
        birthDate,
        FieldChecks.text(person.birthPlace()),
        List.copyOf(nationalities),
        documents,
        caller.subject(),
        clock.instant());
  }

  private Subject legalEntity(
      Caller caller, UUID caseId, Subject.Role role, NewSubject.Entity entity, FieldChecks checks) {
    String name = FieldChecks.text(entity.name());
    checks.require(name != null, "legalEntity.name", "must not be blank");
    String registrationNumber = FieldChecks.text(entity.registrationNumber());
    String jurisdiction = checks.country("legalEntity.jurisdiction", entity.jurisdiction());
    checks.require(
        registrationNumber == null || entity.jurisdiction() != null,
        "legalEntity.jurisdiction",
        "is required with a registration number");
    String lei = checks.normalised("legalEntity.lei", IdentifierType.LEI, entity.lei());
    return Subject.legalEntity(
        caseId,
        role,
        name,
        FieldChecks.text(entity.legalForm()),
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
  Page<Subject> list(Caller caller, UUID caseId, Integer page, Integer size) {
    InvestigationCase investigationCase = access.readable(caller, caseId);
    Page<Subject> result =
        subjects.findByCaseId(caseId, Paging.request(page, size, Paging.oldestFirst("createdAt")));
    result.forEach(SubjectService::withDetails);
    audit.record(
        AuditEvent.by(caller, "subject.list", "case", caseId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail(
                "page " + result.getNumber() + ", " + result.getNumberOfElements() + " subjects"));
    return result;
  }

  /** Loads the collections inside the transaction, since open-in-view is off. */
  static Subject withDetails(Subject subject) {
    Hibernate.initialize(subject.getAliases());
    Hibernate.initialize(subject.getNationalities());
    Hibernate.initialize(subject.getIdentityDocuments());
    return subject;
  }
}
