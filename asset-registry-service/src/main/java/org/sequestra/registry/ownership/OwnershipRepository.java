package org.sequestra.registry.ownership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OwnershipRepository extends JpaRepository<Ownership, UUID> {

  List<Ownership> findByAssetIdAndKind(UUID assetId, Ownership.Kind kind);

  Page<Ownership> findByAssetId(UUID assetId, Pageable pageable);

  @Query(
      "select o from Ownership o where o.assetId in"
          + " (select a.id from Asset a where a.caseId = :caseId) order by o.createdAt, o.id")
  List<Ownership> findInCase(UUID caseId);
}
