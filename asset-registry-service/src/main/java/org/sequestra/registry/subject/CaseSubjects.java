package org.sequestra.registry.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features need to know about subjects, without reaching into this package. */
@Component
public class CaseSubjects {

  private final SubjectRepository subjects;
  private final SubjectService service;

  CaseSubjects(SubjectRepository subjects, SubjectService service) {
    this.subjects = subjects;
    this.service = service;
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
  public List<Subject> subjectsOf(UUID caseId) {
    return subjects.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
        .map(SubjectService::withDetails)
        .toList();
  }

  /** One subject of the case (the caller's access is checked elsewhere). */
  @Transactional(readOnly = true)
  public Optional<Subject> find(UUID caseId, UUID subjectId) {
    return subjects.findByIdAndCaseId(subjectId, caseId).map(SubjectService::withDetails);
  }

  /** Adds a subject exactly as the subjects endpoint does (same access check and validation). */
  @Transactional
  public Subject add(Caller caller, UUID caseId, NewSubject request) {
    return service.add(caller, caseId, request);
  }
}
