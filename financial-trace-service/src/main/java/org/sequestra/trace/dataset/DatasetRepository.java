package org.sequestra.trace.dataset;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DatasetRepository extends JpaRepository<Dataset, UUID> {

  Optional<Dataset> findByIdAndOwningAgency(UUID id, String owningAgency);

  boolean existsByIdAndOwningAgency(UUID id, String owningAgency);

  /** The access check and the graph version in one look-up. */
  @Query("select d.graphVersion from Dataset d where d.id = :id and d.owningAgency = :owningAgency")
  Optional<Long> findGraphVersion(@Param("id") UUID id, @Param("owningAgency") String owningAgency);

  Page<Dataset> findByOwningAgency(String owningAgency, Pageable pageable);
}
