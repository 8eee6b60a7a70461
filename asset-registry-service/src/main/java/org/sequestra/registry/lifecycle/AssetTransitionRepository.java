package org.sequestra.registry.lifecycle;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetTransitionRepository extends JpaRepository<AssetTransition, UUID> {

  /** The history, oldest act first. */
  List<AssetTransition> findByAssetIdOrderBySequenceAsc(UUID assetId);

  /** The latest act, if any. */
  AssetTransition findFirstByAssetIdOrderBySequenceDesc(UUID assetId);
}
