package org.sequestra.registry.cases;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository
    extends JpaRepository<InvestigationCase, UUID>, JpaSpecificationExecutor<InvestigationCase> {

  boolean existsByOwningAgencyAndNationalReference(String owningAgency, String nationalReference);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from InvestigationCase c where c.id = :id")
  Optional<InvestigationCase> findByIdForUpdate(UUID id);

  /** Locks the cases in id order (PostgreSQL locks the rows as they come out of the sort). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from InvestigationCase c where c.id in :ids order by c.id")
  List<InvestigationCase> lockAllInIdOrder(Collection<UUID> ids);
}
