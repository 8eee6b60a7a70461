package org.sequestra.registry.subject;

import java.net.URI;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.registry.api.SubjectsApi;
import org.sequestra.registry.api.model.NewSubjectDto;
import org.sequestra.registry.api.model.SubjectDto;
import org.sequestra.registry.api.model.SubjectPageDto;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Idempotency-Key is honoured by the platform's filter before these methods run. */
@RestController
class SubjectController implements SubjectsApi {

  private final SubjectService subjects;
  private final SubjectMapper mapper;

  SubjectController(SubjectService subjects, SubjectMapper mapper) {
    this.subjects = subjects;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<SubjectDto> createSubject(
      UUID caseId, NewSubjectDto newSubject, String idempotencyKey) {
    Subject added =
        subjects.add(RequestContext.currentCaller(), caseId, mapper.toNewSubject(newSubject));
    return ResponseEntity.created(
            URI.create("/api/v1/cases/" + caseId + "/subjects/" + added.getId()))
        .body(mapper.toDto(added));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<SubjectDto> getSubject(UUID caseId, UUID subjectId) {
    return ResponseEntity.ok(
        mapper.toDto(subjects.get(RequestContext.currentCaller(), caseId, subjectId)));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<SubjectPageDto> listSubjects(UUID caseId, Integer page, Integer size) {
    Page<Subject> result = subjects.list(RequestContext.currentCaller(), caseId, page, size);
    return ResponseEntity.ok(
        new SubjectPageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }
}
