package org.sequestra.registry.asset;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.NewAssetDto;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features (FtM import and export) need of a case's assets. */
@Component
public class CaseAssets {

  private final AssetRepository assets;
  private final AssetService service;
  private final AssetMapper mapper;

  CaseAssets(AssetRepository assets, AssetService service, AssetMapper mapper) {
    this.assets = assets;
    this.service = service;
    this.mapper = mapper;
  }

  /** Every asset of the case in the order registered (the caller's access is checked elsewhere). */
  @Transactional(readOnly = true)
  public List<Asset> assetsOf(UUID caseId) {
    return assets
        .findByCaseId(caseId, Pageable.unpaged(Paging.oldestFirst("createdAt").and(Sort.by("id"))))
        .stream()
        .map(AssetService::withDetails)
        .toList();
  }

  /**
   * Registers an asset exactly as the assets endpoint does: same access check, same identifier
   * rules, same hit/no-hit detection.
   */
  @Transactional
  public Asset register(Caller caller, UUID caseId, NewAsset request) {
    return AssetService.withDetails(service.register(caller, caseId, request));
  }

  /**
   * {@link #assetsOf} in the contract's model.
   *
   * @deprecated the FtM feature's bridge until it maps at its own boundary; use {@link #assetsOf}.
   */
  @Deprecated(forRemoval = true)
  @Transactional(readOnly = true)
  public List<AssetDto> allOf(UUID caseId) {
    return assetsOf(caseId).stream().map(mapper::toDto).toList();
  }

  /**
   * {@link #register(Caller, UUID, NewAsset)} in the contract's model.
   *
   * @deprecated the FtM feature's bridge until it maps at its own boundary.
   */
  @Deprecated(forRemoval = true)
  @Transactional
  public AssetDto register(Caller caller, UUID caseId, NewAssetDto request) {
    return mapper.toDto(register(caller, caseId, mapper.toNewAsset(request)));
  }
}
