package org.sequestra.registry.screening;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningRepository extends JpaRepository<Screening, UUID> {

  Optional<Screening> findByIdAndSubjectIdAndCaseId(UUID id, UUID subjectId, UUID caseId);

  Page<Screening> findBySubjectIdAndCaseId(UUID subjectId, UUID caseId, Pageable pageable);
}
