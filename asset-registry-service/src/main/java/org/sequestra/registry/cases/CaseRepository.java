package org.sequestra.registry.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository
    extends JpaRepository<InvestigationCase, UUID>, JpaSpecificationExecutor<InvestigationCase> {

  boolean existsByOwningAgencyAndNationalReference(String owningAgency, String nationalReference);

  /**
   * Locks the case's row until commit and gives its owning agency: what a grant or withdrawal of
   * access needs, without loading the case and its collections. {@code no key update}: it queues
   * other grants and withdrawals of the case, not the inserts of rows that refer to it.
   */
  @Query(
      value = "select owning_agency from investigation_case where id = :id for no key update",
      nativeQuery = true)
  Optional<String> lockForAccessChange(UUID id);

  /** Locks the cases in id order (PostgreSQL locks the rows as they come out of the sort). */
  @Query(
      value = "select id from investigation_case where id in (:ids) order by id for no key update",
      nativeQuery = true)
  List<UUID> lockAllInIdOrder(Collection<UUID> ids);
}
