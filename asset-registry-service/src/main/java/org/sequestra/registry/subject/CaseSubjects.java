package org.sequestra.registry.subject;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features need to know about subjects, without reaching into this package. */
@Component
public class CaseSubjects {

  private final SubjectRepository subjects;

  CaseSubjects(SubjectRepository subjects) {
    this.subjects = subjects;
  }

  /** Whether the subject belongs to the case (the caller's access to the case is checked elsewhere). */
  @Transactional(readOnly = true)
  public boolean isSubjectOf(UUID subjectId, UUID caseId) {
    return subjects.existsByIdAndCaseId(subjectId, caseId);
  }
}
