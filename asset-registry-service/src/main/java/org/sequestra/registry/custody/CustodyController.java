package org.sequestra.registry.custody;

import java.net.URI;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.web.ETags;
import org.sequestra.registry.api.CustodyApi;
import org.sequestra.registry.api.model.CustodyDto;
import org.sequestra.registry.api.model.CustodyUpdateDto;
import org.sequestra.registry.api.model.InterlocutorySaleDto;
import org.sequestra.registry.api.model.InterlocutorySaleUpdateDto;
import org.sequestra.registry.api.model.ManagementCostDto;
import org.sequestra.registry.api.model.ManagementCostsDto;
import org.sequestra.registry.api.model.NewManagementCostDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Idempotency-Key on cost POSTs is honoured by the platform's filter before these methods run. */
@RestController
class CustodyController implements CustodyApi {

  private final CustodyService custody;
  private final CustodyMapper mapper;

  CustodyController(CustodyService custody, CustodyMapper mapper) {
    this.custody = custody;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<CustodyDto> getCustody(UUID assetId) {
    Custody found = custody.custody(RequestContext.currentCaller(), assetId);
    return ResponseEntity.ok().eTag(ETags.of(found.getVersion())).body(mapper.toDto(found));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<CustodyDto> putCustody(
      UUID assetId, CustodyUpdateDto update, String ifMatch) {
    Custody stored =
        custody.putCustody(
            RequestContext.currentCaller(), assetId, ifMatch, mapper.toUpdate(update));
    return ResponseEntity.ok().eTag(ETags.of(stored.getVersion())).body(mapper.toDto(stored));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<ManagementCostDto> addManagementCost(
      UUID assetId, NewManagementCostDto newCost, String idempotencyKey) {
    ManagementCost cost =
        custody.addCost(RequestContext.currentCaller(), assetId, mapper.toNewCost(newCost));
    return ResponseEntity.created(URI.create("/api/v1/assets/" + assetId + "/costs"))
        .body(mapper.toDto(cost));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<ManagementCostsDto> listManagementCosts(UUID assetId) {
    return ResponseEntity.ok(mapper.toDto(custody.costs(RequestContext.currentCaller(), assetId)));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<InterlocutorySaleDto> getInterlocutorySale(UUID assetId) {
    InterlocutorySale sale = custody.sale(RequestContext.currentCaller(), assetId);
    return ResponseEntity.ok().eTag(ETags.of(sale.getVersion())).body(mapper.toDto(sale));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<InterlocutorySaleDto> putInterlocutorySale(
      UUID assetId, InterlocutorySaleUpdateDto update, String ifMatch) {
    InterlocutorySale sale =
        custody.putSale(RequestContext.currentCaller(), assetId, ifMatch, mapper.toUpdate(update));
    return ResponseEntity.ok().eTag(ETags.of(sale.getVersion())).body(mapper.toDto(sale));
  }
}
