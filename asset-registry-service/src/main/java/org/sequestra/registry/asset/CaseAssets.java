package org.sequestra.registry.asset;

import java.util.List;
import java.util.UUID;
import org.hibernate.Hibernate;
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
  public List<AssetDto> allOf(UUID caseId) {
    Sort inOrderRegistered = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
    return assets.findByCaseId(caseId, Pageable.unpaged(inOrderRegistered)).stream()
        .map(asset -> mapper.toDto(withDetails(asset)))
        .toList();
  }

  /**
   * Registers an asset exactly as the assets endpoint does: same access check, same identifier
   * rules, same hit/no-hit detection.
   */
  @Transactional
  public AssetDto register(Caller caller, UUID caseId, NewAssetDto request) {
    return mapper.toDto(withDetails(service.register(caller, caseId, request)));
  }

  private static Asset withDetails(Asset asset) {
    Hibernate.initialize(asset.getIdentifiers());
    Hibernate.initialize(asset.getWarnings());
    Hibernate.initialize(asset.getCurrentValuation());
    return asset;
  }
}
