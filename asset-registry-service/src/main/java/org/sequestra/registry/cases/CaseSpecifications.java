package org.sequestra.registry.cases;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.springframework.data.jpa.domain.Specification;

/** The case list as criteria: what the caller may see, narrowed by the search filters. */
final class CaseSpecifications {

  private CaseSpecifications() {}

  /**
   * Own cases and cases the caller's agency executes a freezing request for (unless the caller sees
   * shared cases only), and cases actively shared with it.
   */
  static Specification<InvestigationCase> visibleTo(Caller caller, Instant now) {
    return (root, query, cb) -> {
      Subquery<UUID> shared = query.subquery(UUID.class);
      Root<CaseShare> share = shared.from(CaseShare.class);
      shared
          .select(share.get("caseId"))
          .where(
              cb.equal(share.get("caseId"), root.get("id")),
              cb.equal(share.get("agency"), caller.agency()),
              cb.isNull(share.get("revokedAt")),
              cb.or(
                  cb.isNull(share.get("expiresAt")),
                  cb.greaterThan(share.<Instant>get("expiresAt"), now)));
      Predicate sharedWithCaller = cb.exists(shared);
      if (CaseAccess.seesSharedCasesOnly(caller)) {
        return sharedWithCaller;
      }
      Subquery<UUID> executed = query.subquery(UUID.class);
      Root<ExecutingAgency> executing = executed.from(ExecutingAgency.class);
      executed
          .select(executing.get("caseId"))
          .where(
              cb.equal(executing.get("caseId"), root.get("id")),
              cb.equal(executing.get("agency"), caller.agency()),
              cb.isNull(executing.get("withdrawnAt")));
      return cb.or(
          cb.equal(root.get("owningAgency"), caller.agency()),
          sharedWithCaller,
          cb.exists(executed));
    };
  }

  /**
   * @param priorityCodes the searched EMPACT priority with its refinements, per cycle (a code means
   *     something within its cycle only), or {@code null}
   */
  static Specification<InvestigationCase> matching(
      CaseSearch search, Map<String, Set<String>> priorityCodes) {
    return (root, query, cb) -> {
      List<Predicate> filters = new ArrayList<>();
      if (search.status() != null) {
        filters.add(cb.equal(root.get("status"), search.status()));
      }
      if (search.empactCycle() != null) {
        filters.add(cb.equal(root.get("empactCycle"), search.empactCycle()));
      }
      if (priorityCodes != null) {
        filters.add(taggedWithAnyOf(priorityCodes, root, query, cb));
      }
      if (search.referencePrefix() != null) {
        filters.add(
            cb.like(
                cb.lower(root.get("nationalReference")),
                escapeLike(search.referencePrefix().toLowerCase()) + "%",
                '\\'));
      }
      if (search.openedFrom() != null) {
        filters.add(cb.greaterThanOrEqualTo(root.get("openedOn"), search.openedFrom()));
      }
      if (search.openedTo() != null) {
        filters.add(cb.lessThanOrEqualTo(root.get("openedOn"), search.openedTo()));
      }
      return cb.and(filters.toArray(Predicate[]::new));
    };
  }

  private static Predicate taggedWithAnyOf(
      Map<String, Set<String>> codesByCycle,
      Root<InvestigationCase> root,
      CriteriaQuery<?> query,
      CriteriaBuilder cb) {
    Subquery<UUID> tagged = query.subquery(UUID.class);
    Root<InvestigationCase> candidate = tagged.from(InvestigationCase.class);
    Join<InvestigationCase, String> code = candidate.join("empactPriorities");
    Predicate[] inCycle =
        codesByCycle.entrySet().stream()
            .map(
                codes ->
                    cb.and(
                        cb.equal(candidate.get("empactCycle"), codes.getKey()),
                        code.in(codes.getValue())))
            .toArray(Predicate[]::new);
    tagged
        .select(candidate.get("id"))
        .where(cb.equal(candidate.get("id"), root.get("id")), cb.or(inCycle));
    return cb.exists(tagged);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
