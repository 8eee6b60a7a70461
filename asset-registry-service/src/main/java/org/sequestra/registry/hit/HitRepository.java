package org.sequestra.registry.hit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface HitRepository extends JpaRepository<Hit, UUID> {

  Optional<Hit> findByIdAndRecipientAgency(UUID id, String recipientAgency);

  Page<Hit> findByRecipientAgency(String recipientAgency, Pageable pageable);

  Page<Hit> findByRecipientAgencyAndAcknowledgedAtIsNull(String recipientAgency, Pageable pageable);

  Page<Hit> findByRecipientAgencyAndAcknowledgedAtIsNotNull(
      String recipientAgency, Pageable pageable);
}
