package org.sequestra.registry.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.model.NewSubjectDto;
import org.sequestra.registry.api.model.SubjectDto;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features need to know about subjects, without reaching into this package. */
@Component
public class CaseSubjects {

  private final SubjectRepository subjects;
  private final SubjectService service;
  private final SubjectMapper mapper;

  CaseSubjects(SubjectRepository subjects, SubjectService service, SubjectMapper mapper) {
    this.subjects = subjects;
    this.service = service;
    this.mapper = mapper;
  }

  /**
   * Whether the subject belongs to the case (the caller's access to the case is checked elsewhere).
   */
  @Transactional(readOnly = true)
  public boolean isSubjectOf(UUID subjectId, UUID caseId) {
    return subjects.existsByIdAndCaseId(subjectId, caseId);
  }

  /** Every subject of the case in the order added (the caller's access is checked elsewhere). */
  @Transactional(readOnly = true)
  public List<SubjectDto> allOf(UUID caseId) {
    return subjects.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
        .map(subject -> mapper.toDto(withDetails(subject)))
        .toList();
  }

  /** One subject of the case (the caller's access is checked elsewhere). */
  @Transactional(readOnly = true)
  public Optional<SubjectDto> find(UUID caseId, UUID subjectId) {
    return subjects
        .findByIdAndCaseId(subjectId, caseId)
        .map(subject -> mapper.toDto(withDetails(subject)));
  }

  /** Adds a subject exactly as the subjects endpoint does (same access check and validation). */
  @Transactional
  public SubjectDto add(Caller caller, UUID caseId, NewSubjectDto request) {
    return mapper.toDto(service.add(caller, caseId, request));
  }

  private static Subject withDetails(Subject subject) {
    Hibernate.initialize(subject.getAliases());
    Hibernate.initialize(subject.getNationalities());
    Hibernate.initialize(subject.getIdentityDocuments());
    return subject;
  }
}
