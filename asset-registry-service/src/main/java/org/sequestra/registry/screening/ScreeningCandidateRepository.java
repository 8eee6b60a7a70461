package org.sequestra.registry.screening;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningCandidateRepository extends JpaRepository<ScreeningCandidate, UUID> {

  Optional<ScreeningCandidate> findByIdAndScreeningId(UUID id, UUID screeningId);
}
