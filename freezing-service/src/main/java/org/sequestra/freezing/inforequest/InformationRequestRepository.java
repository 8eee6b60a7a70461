package org.sequestra.freezing.inforequest;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, UUID> {

  Page<InformationRequest> findByRequestingAgency(String agency, Pageable pageable);

  Page<InformationRequest> findByRequestedAgency(String agency, Pageable pageable);

  Page<InformationRequest> findByRequestingAgencyAndAnsweredAtIsNullAndDueAtBefore(
      String agency, Instant now, Pageable pageable);

  Page<InformationRequest> findByRequestedAgencyAndAnsweredAtIsNullAndDueAtBefore(
      String agency, Instant now, Pageable pageable);
}
