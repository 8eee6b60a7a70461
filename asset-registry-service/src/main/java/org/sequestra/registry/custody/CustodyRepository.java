package org.sequestra.registry.custody;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustodyRepository extends JpaRepository<Custody, UUID> {}
