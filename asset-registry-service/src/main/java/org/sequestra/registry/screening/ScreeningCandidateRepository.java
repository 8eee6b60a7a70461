package org.sequestra.registry.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScreeningCandidateRepository extends JpaRepository<ScreeningCandidate, UUID> {

  Optional<ScreeningCandidate> findByIdAndScreeningId(UUID id, UUID screeningId);

  /** The datasets of every candidate of a page of screenings, in one statement. */
  @Query(
      "select c from ScreeningCandidate c left join fetch c.datasets"
          + " where c.screening.id in :screeningIds")
  List<ScreeningCandidate> fetchDatasets(Collection<UUID> screeningIds);
}
