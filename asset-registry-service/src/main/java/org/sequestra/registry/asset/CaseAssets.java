package org.sequestra.registry.asset;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features (FtM import and export) need of a case's assets. */
@Component
public class CaseAssets {

  private final AssetPages pages;
  private final AssetService service;

  CaseAssets(AssetPages pages, AssetService service) {
    this.pages = pages;
    this.service = service;
  }

  /** Every asset of the case in the order registered (the caller's access is checked elsewhere). */
  @Transactional(readOnly = true)
  public List<Asset> assetsOf(UUID caseId) {
    return pages.allOf(caseId);
  }

  /**
   * Registers an asset exactly as the assets endpoint does: same access check, same identifier
   * rules, same hit/no-hit detection.
   */
  @Transactional
  public Asset register(Caller caller, UUID caseId, NewAsset request) {
    return AssetService.withDetails(service.register(caller, caseId, request));
  }
}
