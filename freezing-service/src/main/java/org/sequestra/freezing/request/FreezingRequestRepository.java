package org.sequestra.freezing.request;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FreezingRequestRepository extends JpaRepository<FreezingRequest, UUID> {

  Optional<FreezingRequest> findByIdAndIssuingAgency(UUID id, String issuingAgency);

  Page<FreezingRequest> findByIssuingAgency(String issuingAgency, Pageable pageable);
}
