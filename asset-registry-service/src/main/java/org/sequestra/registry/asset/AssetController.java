package org.sequestra.registry.asset;

import java.net.URI;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.web.ETags;
import org.sequestra.registry.api.AssetsApi;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.AssetPageDto;
import org.sequestra.registry.api.model.AssetStatusDto;
import org.sequestra.registry.api.model.AssetTypeDto;
import org.sequestra.registry.api.model.AssetUpdateDto;
import org.sequestra.registry.api.model.NewAssetDto;
import org.sequestra.registry.api.model.NewValuationDto;
import org.sequestra.registry.api.model.ValuationDto;
import org.sequestra.registry.api.model.ValuationPageDto;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Idempotency-Key is honoured by the platform's filter before these methods run. */
@RestController
class AssetController implements AssetsApi {

  private final AssetService assets;
  private final AssetMapper mapper;

  AssetController(AssetService assets, AssetMapper mapper) {
    this.assets = assets;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<AssetDto> registerAsset(
      UUID caseId, NewAssetDto newAsset, String idempotencyKey) {
    Asset registered =
        assets.register(RequestContext.currentCaller(), caseId, mapper.toNewAsset(newAsset));
    return ResponseEntity.created(URI.create("/api/v1/assets/" + registered.getId()))
        .eTag(ETags.of(registered.getVersion()))
        .body(mapper.toDto(registered));
  }

  @Override
  // ISSUING_AUTHORITY: the freezing-service reads a certificate's assets at issue with the issuer's
  // own token (visibility as for the issuer's agency, like an analyst of it)
  @PreAuthorize(
      "hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR',"
          + " 'ISSUING_AUTHORITY')")
  public ResponseEntity<AssetDto> getAsset(UUID assetId) {
    Asset asset = assets.get(RequestContext.currentCaller(), assetId);
    // the ETag a lifecycle transition or an update names in If-Match
    return ResponseEntity.ok().eTag(ETags.of(asset.getVersion())).body(mapper.toDto(asset));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<AssetDto> updateAsset(UUID assetId, AssetUpdateDto update, String ifMatch) {
    Asset updated =
        assets.update(RequestContext.currentCaller(), assetId, ifMatch, mapper.toChanges(update));
    return ResponseEntity.ok().eTag(ETags.of(updated.getVersion())).body(mapper.toDto(updated));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<AssetPageDto> listCaseAssets(UUID caseId, Integer page, Integer size) {
    return ResponseEntity.ok(
        page(assets.listInCase(RequestContext.currentCaller(), caseId, page, size)));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<AssetPageDto> searchAssets(
      UUID caseId,
      AssetStatusDto status,
      AssetTypeDto type,
      String country,
      String identifier,
      Integer page,
      Integer size,
      String sort) {
    AssetService.Filters filters =
        new AssetService.Filters(
            caseId, mapper.toStatus(status), mapper.toType(type), country, identifier);
    return ResponseEntity.ok(
        page(assets.search(RequestContext.currentCaller(), filters, page, size, sort)));
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<ValuationDto> appendValuation(
      UUID assetId, NewValuationDto newValuation, String idempotencyKey) {
    Valuation recorded =
        assets.appendValuation(
            RequestContext.currentCaller(), assetId, mapper.toNewValuation(newValuation));
    return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toDto(recorded));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<ValuationPageDto> listValuations(UUID assetId, Integer page, Integer size) {
    Page<Valuation> result =
        assets.listValuations(RequestContext.currentCaller(), assetId, page, size);
    return ResponseEntity.ok(
        new ValuationPageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }

  private AssetPageDto page(Page<Asset> result) {
    return new AssetPageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result));
  }
}
