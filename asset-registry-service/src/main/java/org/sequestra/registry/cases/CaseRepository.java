package org.sequestra.registry.cases;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository
    extends JpaRepository<InvestigationCase, UUID>, JpaSpecificationExecutor<InvestigationCase> {

  boolean existsByOwningAgencyAndNationalReference(String owningAgency, String nationalReference);
}
