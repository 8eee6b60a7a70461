package org.sequestra.registry.asset;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.registry.cases.CaseAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An asset is visible exactly when its case is ({@link CaseAccess}); for features that hang off an
 * asset (valuations, ownership). Not visible is "not found".
 */
@Component
public class AssetAccess {

  private final AssetRepository assets;
  private final CaseAccess cases;

  AssetAccess(AssetRepository assets, CaseAccess cases) {
    this.assets = assets;
    this.cases = cases;
  }

  @Transactional(readOnly = true)
  public Asset readable(Caller caller, UUID assetId) {
    Asset asset = assets.findById(assetId).orElseThrow(() -> notFound(assetId));
    guard(() -> cases.readable(caller, asset.getCaseId()), assetId);
    return asset;
  }

  /**
   * The asset, locked until the end of the caller's transaction, so that rules spanning the asset's
   * links (ownership shares) are checked against a state nobody else changes meanwhile.
   */
  @Transactional
  public Asset writableAndLocked(Caller caller, UUID assetId) {
    UUID caseId =
        assets.findById(assetId).map(Asset::getCaseId).orElseThrow(() -> notFound(assetId));
    guard(() -> cases.writable(caller, caseId), assetId);
    return assets.findByIdForUpdate(assetId).orElseThrow(() -> notFound(assetId));
  }

  /**
   * Locks the assets in id order until commit, so that transactions locking several of them (the
   * freezing-service's batches) queue behind each other instead of deadlocking. Those that exist,
   * in id order.
   */
  @Transactional
  public List<Asset> lockInIdOrder(Collection<UUID> assetIds) {
    return assetIds.isEmpty() ? List.of() : assets.lockAllInIdOrder(assetIds);
  }

  /**
   * For the freezing-service's effects, which act for a case named in the effect rather than for
   * the caller's agency: the asset locked until commit, if it belongs to {@code caseId}; otherwise
   * not found (which the caller reports as an effect that cannot apply).
   */
  @Transactional
  public java.util.Optional<Asset> lockedInCase(UUID caseId, UUID assetId) {
    return assets.findByIdForUpdate(assetId).filter(asset -> asset.getCaseId().equals(caseId));
  }

  @Transactional(readOnly = true)
  public Asset writable(Caller caller, UUID assetId) {
    Asset asset = assets.findById(assetId).orElseThrow(() -> notFound(assetId));
    guard(() -> cases.writable(caller, asset.getCaseId()), assetId);
    return asset;
  }

  /** The case's "not found" would name the case; the caller asked for an asset. */
  private static void guard(Runnable caseCheck, UUID assetId) {
    try {
      caseCheck.run();
    } catch (NotFoundException hidden) {
      throw notFound(assetId);
    }
  }

  private static NotFoundException notFound(UUID assetId) {
    return new NotFoundException("Asset", assetId);
  }
}
