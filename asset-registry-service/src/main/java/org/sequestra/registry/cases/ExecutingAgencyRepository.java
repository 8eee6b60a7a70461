package org.sequestra.registry.cases;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExecutingAgencyRepository extends JpaRepository<ExecutingAgency, UUID> {

  /** Whether any freezing request still gives {@code agency} access to the case. */
  boolean existsByCaseIdAndAgencyAndWithdrawnAtIsNull(UUID caseId, String agency);

  Optional<ExecutingAgency> findByCaseIdAndAgencyAndFreezingRequestIdAndWithdrawnAtIsNull(
      UUID caseId, String agency, UUID freezingRequestId);
}
