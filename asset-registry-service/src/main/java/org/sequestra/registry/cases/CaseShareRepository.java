package org.sequestra.registry.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseShareRepository extends JpaRepository<CaseShare, UUID> {

  /** Active means: not revoked and not expired at {@code now}. */
  @Query(
      "select s from CaseShare s where s.caseId = :caseId and s.agency = :agency"
          + " and s.revokedAt is null and (s.expiresAt is null or s.expiresAt > :now)")
  Optional<CaseShare> findActive(UUID caseId, String agency, Instant now);

  @Query(
      "select s from CaseShare s where s.caseId in :caseIds and s.agency = :agency"
          + " and s.revokedAt is null and (s.expiresAt is null or s.expiresAt > :now)")
  List<CaseShare> findActive(Collection<UUID> caseIds, String agency, Instant now);

  Optional<CaseShare> findByCaseIdAndAgencyAndRevokedAtIsNull(UUID caseId, String agency);

  Optional<CaseShare> findByIdAndCaseId(UUID id, UUID caseId);

  Page<CaseShare> findByCaseId(UUID caseId, Pageable pageable);
}
