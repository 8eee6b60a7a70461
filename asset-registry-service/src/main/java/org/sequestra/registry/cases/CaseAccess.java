package org.sequestra.registry.cases;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.data.jpa.domain.Specification;
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

  /**
   * The rule of {@link #readable} as a query predicate, for lists that span cases: the case id in
   * attribute {@code caseIdAttribute} of the queried entity must be that of a readable case.
   */
  public <T> Specification<T> readableCases(Caller caller, String caseIdAttribute) {
    return (root, query, cb) -> {
      Subquery<UUID> readable = query.subquery(UUID.class);
      Root<InvestigationCase> investigationCase = readable.from(InvestigationCase.class);
      readable
          .select(investigationCase.get("id"))
          .where(cb.equal(investigationCase.get("owningAgency"), caller.agency()));
      return root.get(caseIdAttribute).in(readable);
    };
  }
}
