package org.sequestra.registry.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

  /**
   * {@link #subjectsOf} in the contract's model.
   *
   * @deprecated the FtM feature's bridge until it maps at its own boundary.
   */
  @Deprecated(forRemoval = true)
  @Transactional(readOnly = true)
  public List<SubjectDto> allOf(UUID caseId) {
    return subjectsOf(caseId).stream().map(mapper::toDto).toList();
  }

  /**
   * {@link #add(Caller, UUID, NewSubject)} in the contract's model.
   *
   * @deprecated the FtM feature's bridge until it maps at its own boundary.
   */
  @Deprecated(forRemoval = true)
  @Transactional
  public SubjectDto add(Caller caller, UUID caseId, NewSubjectDto request) {
    return mapper.toDto(add(caller, caseId, mapper.toNewSubject(request)));
  }
}
