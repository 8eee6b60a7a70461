package org.sequestra.registry.asset;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ValuationRepository extends JpaRepository<Valuation, UUID> {

  Page<Valuation> findByAssetId(UUID assetId, Pageable pageable);
}
