package org.sequestra.freezing.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestTransitionRepository extends JpaRepository<RequestTransition, UUID> {

  List<RequestTransition> findByRequestIdOrderBySequenceAsc(UUID requestId);

  long countByRequestId(UUID requestId);
}
