package org.sequestra.registry.freeze;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.registry.api.FreezeStatusApi;
import org.sequestra.registry.api.model.FreezeLookupIdentifierTypeDto;
import org.sequestra.registry.api.model.FreezeStatusPageDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FreezeStatusController implements FreezeStatusApi {

  private final FreezeStatusLookups lookups;
  private final FreezeStatusMapper mapper;

  FreezeStatusController(FreezeStatusLookups lookups, FreezeStatusMapper mapper) {
    this.lookups = lookups;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasAnyRole('PROSECUTOR', 'ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<FreezeStatusPageDto> lookUpFreezeStatus(
      String purpose,
      UUID assetId,
      String caseReference,
      FreezeLookupIdentifierTypeDto identifierType,
      String identifier,
      Integer page,
      Integer size) {
    FreezeStatusQuery.Result result =
        lookups.lookUp(
            RequestContext.currentCaller(),
            new FreezeStatusLookups.Request(
                assetId,
                caseReference,
                identifierType == null ? null : identifierType.name(),
                identifier,
                purpose),
            page,
            size);
    return ResponseEntity.ok(
        new FreezeStatusPageDto(
            result.items().stream().map(mapper::toDto).toList(),
            PageMetadata.of(page, size, result.total())));
  }
}
