package org.sequestra.registry.asset;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssetRepository extends JpaRepository<Asset, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Asset a where a.id = :id")
  Optional<Asset> findByIdForUpdate(UUID id);

  /** Locks the assets in id order (PostgreSQL locks the rows as they come out of the sort). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Asset a where a.id in :ids order by a.id")
  List<Asset> lockAllInIdOrder(Collection<UUID> ids);
}
