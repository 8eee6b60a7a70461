package org.sequestra.registry.cases;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<InvestigationCase, UUID> {

  Optional<InvestigationCase> findByIdAndOwningAgency(UUID id, String owningAgency);

  boolean existsByOwningAgencyAndNationalReference(String owningAgency, String nationalReference);

  Page<InvestigationCase> findByOwningAgency(String owningAgency, Pageable pageable);
}
