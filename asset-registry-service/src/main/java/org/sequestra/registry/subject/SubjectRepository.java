package org.sequestra.registry.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectRepository extends JpaRepository<Subject, UUID> {

  Optional<Subject> findByIdAndCaseId(UUID id, UUID caseId);

  boolean existsByIdAndCaseId(UUID id, UUID caseId);

  Page<Subject> findByCaseId(UUID caseId, Pageable pageable);

  List<Subject> findByCaseIdOrderByCreatedAtAscIdAsc(UUID caseId);
}
