package org.sequestra.registry.ownership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnershipRepository extends JpaRepository<Ownership, UUID> {

  List<Ownership> findByAssetIdAndKind(UUID assetId, Ownership.Kind kind);

  Page<Ownership> findByAssetId(UUID assetId, Pageable pageable);
}
