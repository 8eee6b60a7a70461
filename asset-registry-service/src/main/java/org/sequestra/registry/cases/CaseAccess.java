package org.sequestra.registry.cases;

import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a caller may see or change a case (DESIGN.md §2). Every
 * feature that hangs off a case (assets, subjects, ownership...) asks here first. A case the
 * caller may not see is "not found", so its existence does not leak.
 */
@Component
public class CaseAccess {

  private final CaseRepository cases;

  CaseAccess(CaseRepository cases) {
    this.cases = cases;
  }

  /** The case, if the caller's agency may read it; otherwise 404. */
  @Transactional(readOnly = true)
  public InvestigationCase readable(Caller caller, UUID caseId) {
    return cases
        .findByIdAndOwningAgency(caseId, caller.agency())
        .orElseThrow(() -> new NotFoundException("Case", caseId));
  }

  /** The case, if the caller's agency may add to or change it; otherwise 404. */
  @Transactional(readOnly = true)
  public InvestigationCase writable(Caller caller, UUID caseId) {
    return readable(caller, caseId);
  }
}
