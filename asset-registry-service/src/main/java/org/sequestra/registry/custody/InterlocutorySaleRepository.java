package org.sequestra.registry.custody;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterlocutorySaleRepository extends JpaRepository<InterlocutorySale, UUID> {}
