package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and reads cases. A case is visible to its owning agency only (shares come later). */
@Service
class CaseService {

  private final CaseRepository cases;
  private final CaseAccess access;
  private final Clock clock;

  CaseService(CaseRepository cases, CaseAccess access, Clock clock) {
    this.cases = cases;
    this.access = access;
    this.clock = clock;
  }

  @Transactional
  InvestigationCase open(Caller caller, String nationalReference, String title, LocalDate openedOn) {
    if (cases.existsByOwningAgencyAndNationalReference(caller.agency(), nationalReference)) {
      throw new ConflictException(
          "duplicate-case-reference",
          "Your agency already has a case with national reference " + nationalReference + ".");
    }
    Instant now = clock.instant();
    LocalDate opened = openedOn != null ? openedOn : LocalDate.ofInstant(now, clock.getZone());
    return cases.save(
        new InvestigationCase(
            nationalReference,
            title,
            caller.agency(),
            caller.country(),
            opened,
            caller.subject(),
            now));
  }

  InvestigationCase get(Caller caller, UUID id) {
    return access.readable(caller, id);
  }

  @Transactional(readOnly = true)
  Page<InvestigationCase> list(Caller caller, int page, int size) {
    Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    return cases.findByOwningAgency(caller.agency(), PageRequest.of(page, size, newestFirst));
  }
}
