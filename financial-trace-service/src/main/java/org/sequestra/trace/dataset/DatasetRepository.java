package org.sequestra.trace.dataset;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DatasetRepository extends JpaRepository<Dataset, UUID> {

  Optional<Dataset> findByIdAndOwningAgency(UUID id, String owningAgency);

  boolean existsByIdAndOwningAgency(UUID id, String owningAgency);

  Page<Dataset> findByOwningAgency(String owningAgency, Pageable pageable);
}
