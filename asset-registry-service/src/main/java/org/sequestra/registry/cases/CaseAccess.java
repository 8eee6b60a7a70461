package org.sequestra.registry.cases;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a caller may see or change a case (DESIGN.md §2). Every
 * feature that hangs off a case (assets, subjects, ownership...) asks here first. A case the caller
 * may not see is "not found", so its existence does not leak.
 *
 * <p>The owning agency may read and write. Another agency may read while a share with it is active
 * (not revoked, not expired), and write if that share is CONTRIBUTOR. The executing State's agency
 * of a freezing request reads the case, as with a READ_ONLY share, while that request gives it
 * access ({@link ExecutingAgencies}).
 *
 * <p>Callers without an ARO role who are {@code PROSECUTOR} or {@code EMPACT_INTEGRATION} read case
 * contents only through an explicit, active share with their agency: not their own agency's cases,
 * not an executing-side access. A prosecutor otherwise looks up freeze status, an EMPACT client
 * otherwise gets statistics (aggregates only); without a share, cases, subjects and assets are not
 * found for them.
 */
@Component
public class CaseAccess {

  /** A condition in SQL with its positional arguments. */
  public record SqlCondition(String sql, List<Object> arguments) {}

  /** A condition in JPQL with its named parameters. */
  public record JpqlCondition(String jpql, Map<String, Object> parameters) {}

  /** What the caller's agency may do with a case. */
  public enum Level {
    OWNER,
    CONTRIBUTOR,
    READ_ONLY
  }

  private final CaseRepository cases;
  private final CaseShareRepository shares;
  private final ExecutingAgencyRepository executing;
  private final Clock clock;

  CaseAccess(
      CaseRepository cases,
      CaseShareRepository shares,
      ExecutingAgencyRepository executing,
      Clock clock) {
    this.cases = cases;
    this.shares = shares;
    this.executing = executing;
    this.clock = clock;
  }

  /** The case, if the caller's agency may read it; otherwise 404. */
  @Transactional(readOnly = true)
  public InvestigationCase readable(Caller caller, UUID caseId) {
    InvestigationCase found = find(caseId);
    level(caller, found).orElseThrow(() -> new NotFoundException("Case", caseId));
    return found;
  }

  /**
   * The case, if the caller's agency may add to or change it; 404 if it may not even read it, 403
   * if it holds a read-only share.
   */
  @Transactional(readOnly = true)
  public InvestigationCase writable(Caller caller, UUID caseId) {
    InvestigationCase found = find(caseId);
    Level level = level(caller, found).orElseThrow(() -> new NotFoundException("Case", caseId));
    if (level == Level.READ_ONLY) {
      throw new ForbiddenException(
          "read-only-share", "Case " + caseId + " is shared with your agency read-only.");
    }
    return found;
  }

  /**
   * The case, if the caller's agency owns it: 404 if the caller may not see it, 403 if it sees it
   * through a share (managing shares is the owner's business).
   */
  InvestigationCase owned(Caller caller, UUID caseId) {
    InvestigationCase found = readable(caller, caseId);
    if (!isOwner(caller, found)) {
      throw new ForbiddenException(
          "owner-only", "Only the agency that owns case " + caseId + " manages its shares.");
    }
    return found;
  }

  /** The caller's access to a case it may see, empty if it may not see it. */
  Optional<Level> level(Caller caller, InvestigationCase investigationCase) {
    if (isOwner(caller, investigationCase)) {
      return Optional.of(Level.OWNER);
    }
    Optional<Level> shared =
        shares
            .findActive(investigationCase.getId(), caller.agency(), clock.instant())
            .map(CaseAccess::levelOf);
    if (shared.isPresent() || seesSharedCasesOnly(caller)) {
      return shared;
    }
    return executing.existsByCaseIdAndAgencyAndWithdrawnAtIsNull(
            investigationCase.getId(), caller.agency())
        ? Optional.of(Level.READ_ONLY)
        : Optional.empty();
  }

  static boolean isOwner(Caller caller, InvestigationCase investigationCase) {
    return investigationCase.getOwningAgency().equals(caller.agency())
        && !seesSharedCasesOnly(caller);
  }

  static boolean seesSharedCasesOnly(Caller caller) {
    return (caller.hasRole("EMPACT_INTEGRATION") || caller.hasRole("PROSECUTOR"))
        && !caller.hasRole("ARO_ANALYST")
        && !caller.hasRole("ARO_SUPERVISOR");
  }

  static Level levelOf(CaseShare share) {
    return share.getAccess() == CaseShare.Access.CONTRIBUTOR ? Level.CONTRIBUTOR : Level.READ_ONLY;
  }

  private InvestigationCase find(UUID caseId) {
    return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
  }

  /**
   * The rule of {@link #readable} as a SQL condition on the case id column {@code caseIdColumn},
   * for look-ups written in SQL (freeze status, asset pages). It mirrors {@link
   * CaseSpecifications#visibleTo}: change both together.
   */
  public SqlCondition readableCasesSql(Caller caller, String caseIdColumn) {
    String shared =
        "exists (select 1 from case_share s where s.case_id = "
            + caseIdColumn
            + " and s.agency = ? and s.revoked_at is null"
            + " and (s.expires_at is null or s.expires_at > ?))";
    List<Object> sharedArguments =
        List.of(caller.agency(), clock.instant().atOffset(ZoneOffset.UTC));
    if (seesSharedCasesOnly(caller)) {
      return new SqlCondition(shared, sharedArguments);
    }
    String sql =
        "(exists (select 1 from investigation_case c where c.id = "
            + caseIdColumn
            + " and c.owning_agency = ?) or "
            + shared
            + " or exists (select 1 from case_executing_agency e where e.case_id = "
            + caseIdColumn
            + " and e.agency = ? and e.withdrawn_at is null))";
    List<Object> arguments = new ArrayList<>();
    arguments.add(caller.agency());
    arguments.addAll(sharedArguments);
    arguments.add(caller.agency());
    return new SqlCondition(sql, List.copyOf(arguments));
  }

  /**
   * The rule of {@link #readableCasesSql} in JPQL, on the case id path {@code caseIdPath}, for
   * queries that Hibernate should interpret once and keep (asset pages). Its parameters are named
   * {@code visibleAgency} and {@code visibleAt}. Change it with the other two.
   */
  public JpqlCondition readableCasesJpql(Caller caller, String caseIdPath) {
    String shared =
        "exists (select 1 from CaseShare s where s.caseId = "
            + caseIdPath
            + " and s.agency = :visibleAgency and s.revokedAt is null"
            + " and (s.expiresAt is null or s.expiresAt > :visibleAt))";
    Map<String, Object> parameters =
        Map.of("visibleAgency", caller.agency(), "visibleAt", clock.instant());
    if (seesSharedCasesOnly(caller)) {
      return new JpqlCondition(shared, parameters);
    }
    return new JpqlCondition(
        "(exists (select 1 from InvestigationCase c where c.id = "
            + caseIdPath
            + " and c.owningAgency = :visibleAgency) or "
            + shared
            + " or exists (select 1 from ExecutingAgency e where e.caseId = "
            + caseIdPath
            + " and e.agency = :visibleAgency and e.withdrawnAt is null))",
        parameters);
  }
}
