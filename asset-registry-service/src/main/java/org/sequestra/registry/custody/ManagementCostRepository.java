package org.sequestra.registry.custody;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementCostRepository extends JpaRepository<ManagementCost, UUID> {

  /** Oldest first: by the day incurred, then in the order recorded. */
  List<ManagementCost> findByAssetIdOrderByIncurredOnAscRecordedAtAscIdAsc(UUID assetId);
}
