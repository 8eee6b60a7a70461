package org.sequestra.registry.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.subject.CaseSubjects;
import org.sequestra.registry.subject.Subject;
import org.sequestra.registry.validation.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens subjects against the configured matcher. The outside call runs between two short
 * transactions, never inside one, so a slow matcher holds no database connection; whatever the
 * matcher does, the screening is stored (FAILED with the reason) and can be retried.
 */
@Service
class ScreeningService {

  private static final Logger log = LoggerFactory.getLogger(ScreeningService.class);

  private final ScreeningRepository screenings;
  private final ScreeningCandidateRepository candidates;
  private final CaseAccess access;
  private final CaseSubjects subjects;
  private final YenteClient yente;
  private final ScreeningProperties properties;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ScreeningService(
      ScreeningRepository screenings,
      ScreeningCandidateRepository candidates,
      CaseAccess access,
      CaseSubjects subjects,
      YenteClient yente,
      ScreeningProperties properties,
      AuditTrail audit,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.screenings = screenings;
    this.candidates = candidates;
    this.access = access;
    this.subjects = subjects;
    this.yente = yente;
    this.properties = properties;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What is sent: the FtM schema and the example properties of the subject. */
  private record Query(String owningAgency, String schema, Map<String, List<String>> example) {}

  private record Answer(List<YenteClient.Candidate> candidates, String failure) {}

  Screening screen(Caller caller, UUID caseId, UUID subjectId) {
    Query query = transaction.execute(status -> query(caller, caseId, subjectId));
    Answer answer = ask(query);
    return transaction.execute(
        status -> {
          Screening screening =
              new Screening(
                  caseId, subjectId, properties.dataset(), caller.subject(), clock.instant());
          record(screening, answer);
          screenings.save(screening);
          audit.record(
              AuditEvent.by(caller, "subject.screen", "subject", subjectId)
                  .onObjectOf(query.owningAgency())
                  .withDetail(summary(screening)));
          logOutcome(screening, caseId);
          return withCandidates(screening);
        });
  }

  Screening retry(Caller caller, UUID caseId, UUID subjectId, UUID screeningId) {
    Query query =
        transaction.execute(
            status -> {
              Screening screening = find(caseId, subjectId, screeningId);
              Query q = query(caller, caseId, subjectId);
              if (screening.getStatus() != Screening.Status.FAILED) {
                throw new ConflictException(
                    "screening-completed",
                    "Screening "
                        + screeningId
                        + " completed; only a FAILED screening is retried."
                        + " Screen the subject again for a new result.");
              }
              return q;
            });
    Answer answer = ask(query);
    return transaction.execute(
        status -> {
          Screening screening = find(caseId, subjectId, screeningId);
          if (screening.getStatus() == Screening.Status.FAILED) {
            record(screening, answer);
          }
          audit.record(
              AuditEvent.by(caller, "subject.screening.retry", "subject", subjectId)
                  .onObjectOf(query.owningAgency())
                  .withDetail(summary(screening)));
          logOutcome(screening, caseId);
          return withCandidates(screening);
        });
  }

  @Transactional(readOnly = true)
  Page<Screening> list(Caller caller, UUID caseId, UUID subjectId, Integer page, Integer size) {
    access.readable(caller, caseId);
    subject(caseId, subjectId);
    Page<Screening> result =
        screenings.findBySubjectIdAndCaseId(
            subjectId, caseId, Paging.request(page, size, Paging.newestFirst("requestedAt")));
    // the page's candidates and their datasets: two statements, whatever the page size
    List<UUID> ids = result.map(Screening::getId).getContent();
    if (!ids.isEmpty()) {
      screenings.fetchCandidates(ids);
      candidates.fetchDatasets(ids);
    }
    return result;
  }

  @Transactional
  ScreeningCandidate decide(
      Caller caller,
      UUID caseId,
      UUID subjectId,
      UUID screeningId,
      UUID candidateId,
      CandidateDecision request) {
    InvestigationCase investigationCase = access.writable(caller, caseId);
    find(caseId, subjectId, screeningId);
    ScreeningCandidate candidate =
        candidates
            .findByIdAndScreeningId(candidateId, screeningId)
            .orElseThrow(() -> new NotFoundException("Candidate", candidateId));
    FieldChecks checks = new FieldChecks();
    String reason = FieldChecks.text(request.reason());
    checks.require(reason != null, "reason", "must not be blank");
    checks.throwIfInvalid();
    ScreeningCandidate.Decision decision = request.decision();
    candidate.decide(decision, reason, caller.subject(), clock.instant());
    audit.record(
        AuditEvent.by(caller, "subject.screening.decide", "subject", subjectId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail(
                decision
                    + " candidate "
                    + candidate.getEntityId()
                    + " of screening "
                    + screeningId));
    log.info(
        "Candidate {} of screening {} {} (subject {}, case {})",
        candidateId,
        screeningId,
        decision,
        subjectId,
        caseId);
    Hibernate.initialize(candidate.getDatasets());
    return candidate;
  }

  /** Access first (404 beats 409), then whether screening is on at all. */
  private Query query(Caller caller, UUID caseId, UUID subjectId) {
    InvestigationCase investigationCase = access.writable(caller, caseId);
    Subject subject = subject(caseId, subjectId);
    if (!properties.enabled()) {
      throw new ConflictException(
          "screening-not-configured",
          "Screening is not configured on this deployment (sequestra.screening.enabled is off).");
    }
    return example(investigationCase.getOwningAgency(), subject);
  }

  private Subject subject(UUID caseId, UUID subjectId) {
    return subjects
        .find(caseId, subjectId)
        .orElseThrow(() -> new NotFoundException("Subject", subjectId));
  }

  private Screening find(UUID caseId, UUID subjectId, UUID screeningId) {
    return screenings
        .findByIdAndSubjectIdAndCaseId(screeningId, subjectId, caseId)
        .orElseThrow(() -> new NotFoundException("Screening", screeningId));
  }

  private Answer ask(Query query) {
    try {
      return new Answer(yente.match(query.schema(), query.example()), null);
    } catch (YenteClient.Failure failure) {
      return new Answer(null, failure.getMessage());
    }
  }

  private void record(Screening screening, Answer answer) {
    if (answer.failure() == null) {
      screening.completed(answer.candidates(), properties.dataset(), clock.instant());
    } else {
      screening.failed(answer.failure(), properties.dataset());
    }
  }

  /** Only what matching needs: names, birth date, nationality; register data for entities. */
  private static Query example(String owningAgency, Subject subject) {
    Map<String, List<String>> example = new LinkedHashMap<>();
    if (subject.isNaturalPerson()) {
      List<String> names = new ArrayList<>();
      names.add(
          subject.getGivenNames() == null
              ? subject.getFamilyName()
              : subject.getGivenNames() + " " + subject.getFamilyName());
      example.put("name", names);
      if (!subject.getAliases().isEmpty()) {
        example.put("alias", List.copyOf(subject.getAliases()));
      }
      if (subject.getBirthDate() != null) {
        example.put("birthDate", List.of(subject.getBirthDate().toString()));
      }
      if (!subject.getNationalities().isEmpty()) {
        example.put(
            "nationality",
            subject.getNationalities().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
      }
      return new Query(owningAgency, "Person", example);
    }
    example.put("name", List.of(subject.getLegalName()));
    if (subject.getJurisdiction() != null) {
      example.put("jurisdiction", List.of(subject.getJurisdiction().toLowerCase(Locale.ROOT)));
    }
    if (subject.getRegistrationNumber() != null) {
      example.put("registrationNumber", List.of(subject.getRegistrationNumber()));
    }
    if (subject.getLei() != null) {
      example.put("leiCode", List.of(subject.getLei()));
    }
    return new Query(owningAgency, "Company", example);
  }

  /** Ids, status and counts only: what was sent is personal data. */
  private static void logOutcome(Screening screening, UUID caseId) {
    if (screening.getStatus() == Screening.Status.COMPLETED) {
      log.info(
          "Screening {} of subject {} in case {} completed: {} candidates",
          screening.getId(),
          screening.getSubjectId(),
          caseId,
          screening.getCandidates().size());
    } else {
      log.warn(
          "Screening {} of subject {} in case {} failed: {}",
          screening.getId(),
          screening.getSubjectId(),
          caseId,
          screening.getFailureReason());
    }
  }

  private static String summary(Screening screening) {
    return screening.getId()
        + " "
        + screening.getStatus()
        + (screening.getStatus() == Screening.Status.COMPLETED
            ? ", " + screening.getCandidates().size() + " candidates"
            : ": " + screening.getFailureReason());
  }

  private static Screening withCandidates(Screening screening) {
    Hibernate.initialize(screening.getCandidates());
    screening.getCandidates().forEach(c -> Hibernate.initialize(c.getDatasets()));
    return screening;
  }
}
