package org.sequestra.registry.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScreeningRepository extends JpaRepository<Screening, UUID> {

  Optional<Screening> findByIdAndSubjectIdAndCaseId(UUID id, UUID subjectId, UUID caseId);

  Page<Screening> findBySubjectIdAndCaseId(UUID subjectId, UUID caseId, Pageable pageable);

  /** The candidates of a page of screenings, in one statement. */
  @Query("select s from Screening s left join fetch s.candidates where s.id in :ids")
  List<Screening> fetchCandidates(Collection<UUID> ids);
}
