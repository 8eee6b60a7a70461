package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.ETags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, reads, changes and searches cases. Every change and every single-case read is audited. */
@Service
class CaseService {

  private static final Logger log = LoggerFactory.getLogger(CaseService.class);

  private final CaseRepository cases;
  private final CaseShareRepository shares;
  private final CaseAccess access;
  private final EmpactTaxonomy taxonomy;
  private final AuditTrail audit;
  private final Clock clock;

  CaseService(
      CaseRepository cases,
      CaseShareRepository shares,
      CaseAccess access,
      EmpactTaxonomy taxonomy,
      AuditTrail audit,
      Clock clock) {
    this.cases = cases;
    this.shares = shares;
    this.access = access;
    this.taxonomy = taxonomy;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  InvestigationCase open(Caller caller, CaseDraft draft) {
    Instant now = clock.instant();
    LocalDate opened =
        draft.openedOn() != null ? draft.openedOn() : LocalDate.ofInstant(now, clock.getZone());
    EmpactTaxonomy.Tags empact =
        taxonomy.forNewCase(draft.empactCycle(), opened, draft.empactPriorities());
    if (cases.existsByOwningAgencyAndNationalReference(
        caller.agency(), draft.nationalReference())) {
      throw new ConflictException(
          "duplicate-case-reference",
          "Your agency already has a case with national reference "
              + draft.nationalReference()
              + ".");
    }
    InvestigationCase investigationCase =
        new InvestigationCase(
            draft.nationalReference(),
            draft.title(),
            caller.agency(),
            caller.country(),
            opened,
            caller.subject(),
            now);
    investigationCase.replaceOffences(draft.offences());
    investigationCase.replaceEmpactPriorities(empact.cycle(), empact.priorities());
    investigationCase.changeContactPoint(draft.contactPoint());
    InvestigationCase saved = cases.save(investigationCase);
    audit.record(caller, "case.create", "case", saved.getId());
    log.info("Case {} opened by agency {}", saved.getId(), saved.getOwningAgency());
    return saved;
  }

  /** Reads are audited too: another agency reading a shared case is what an auditor looks for. */
  @Transactional
  CaseView get(Caller caller, UUID id) {
    InvestigationCase found = access.readable(caller, id);
    audit.record(
        AuditEvent.by(caller, "case.read", "case", id).onObjectOf(found.getOwningAgency()));
    return view(caller, found);
  }

  /**
   * Applies the changes if {@code ifMatch} names the current version. The owning agency and
   * contributors may change a case.
   */
  @Transactional
  CaseView update(Caller caller, UUID id, String ifMatch, CaseChanges changes) {
    InvestigationCase found = access.writable(caller, id);
    ETags.requireMatch(ifMatch, found.getVersion());
    if (changes.title() != null) {
      found.retitle(changes.title());
    }
    if (changes.status() != null) {
      found.changeStatus(changes.status(), LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }
    if (changes.offences() != null) {
      found.replaceOffences(changes.offences());
    }
    if (changes.empactCycle() != null || changes.empactPriorities() != null) {
      EmpactTaxonomy.Tags empact =
          taxonomy.forChangedCase(
              found.getEmpactCycle(),
              found.getEmpactPriorities(),
              changes.empactCycle(),
              changes.empactPriorities());
      found.replaceEmpactPriorities(empact.cycle(), empact.priorities());
    }
    if (changes.contactPoint() != null) {
      found.changeContactPoint(changes.contactPoint());
    }
    found.changedBy(caller.subject(), clock.instant());
    // Flushed here so that the answer carries the new version (and ETag).
    cases.saveAndFlush(found);
    audit.record(
        AuditEvent.by(caller, "case.update", "case", id).onObjectOf(found.getOwningAgency()));
    if (changes.status() != null) {
      log.info("Case {} is now {}", id, found.getStatus());
    }
    return view(caller, found);
  }

  /** Own and shared cases, newest first; the id breaks ties so that pages are stable. */
  @Transactional(readOnly = true)
  Page<CaseView> list(Caller caller, CaseSearch search, Integer page, Integer size) {
    if (search.empactCycle() != null) {
      taxonomy.cycle("empactCycle", search.empactCycle());
    }
    Map<String, Set<String>> priorityCodes =
        search.empactPriority() == null
            ? null
            : taxonomy.searched("empactPriority", search.empactCycle(), search.empactPriority());
    Instant now = clock.instant();
    Page<InvestigationCase> found =
        cases.findAll(
            CaseSpecifications.visibleTo(caller, now)
                .and(CaseSpecifications.matching(search, priorityCodes)),
            Paging.request(page, size, Paging.newestFirst("createdAt")));
    List<UUID> othersCases =
        found.stream()
            .filter(c -> !CaseAccess.isOwner(caller, c))
            .map(InvestigationCase::getId)
            .toList();
    Map<UUID, CaseAccess.Level> sharedAccess =
        othersCases.isEmpty()
            ? Map.of()
            : shares.findActive(othersCases, caller.agency(), now).stream()
                .collect(Collectors.toMap(CaseShare::getCaseId, CaseAccess::levelOf));
    return found.map(
        c ->
            new CaseView(
                c,
                CaseAccess.isOwner(caller, c)
                    ? CaseAccess.Level.OWNER
                    // a share revoked between the two queries shows as read-only, once
                    : sharedAccess.getOrDefault(c.getId(), CaseAccess.Level.READ_ONLY)));
  }

  private CaseView view(Caller caller, InvestigationCase investigationCase) {
    return new CaseView(investigationCase, access.level(caller, investigationCase).orElseThrow());
  }
}
