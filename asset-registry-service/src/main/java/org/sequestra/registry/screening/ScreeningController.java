package org.sequestra.registry.screening;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.registry.api.ScreeningApi;
import org.sequestra.registry.api.model.CandidateDecisionDto;
import org.sequestra.registry.api.model.ScreeningCandidateDto;
import org.sequestra.registry.api.model.ScreeningDto;
import org.sequestra.registry.api.model.ScreeningPageDto;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScreeningController implements ScreeningApi {

  private final ScreeningService screenings;
  private final ScreeningMapper mapper;

  ScreeningController(ScreeningService screenings, ScreeningMapper mapper) {
    this.screenings = screenings;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<ScreeningDto> screenSubject(UUID caseId, UUID subjectId) {
    Screening screening = screenings.screen(RequestContext.currentCaller(), caseId, subjectId);
    return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toDto(screening));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<ScreeningPageDto> listScreenings(
      UUID caseId, UUID subjectId, Integer page, Integer size) {
    Page<Screening> result =
        screenings.list(RequestContext.currentCaller(), caseId, subjectId, page, size);
    return ResponseEntity.ok(
        new ScreeningPageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<ScreeningDto> retryScreening(
      UUID caseId, UUID subjectId, UUID screeningId) {
    return ResponseEntity.ok(
        mapper.toDto(
            screenings.retry(RequestContext.currentCaller(), caseId, subjectId, screeningId)));
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<ScreeningCandidateDto> decideScreeningCandidate(
      UUID caseId,
      UUID subjectId,
      UUID screeningId,
      UUID candidateId,
      CandidateDecisionDto candidateDecision) {
    return ResponseEntity.ok(
        mapper.toDto(
            screenings.decide(
                RequestContext.currentCaller(),
                caseId,
                subjectId,
                screeningId,
                candidateId,
                mapper.toDecision(candidateDecision))));
  }
}
