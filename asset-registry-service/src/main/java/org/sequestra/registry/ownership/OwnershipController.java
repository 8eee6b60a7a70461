package org.sequestra.registry.ownership;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.registry.api.OwnershipApi;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.api.model.OwnershipDto;
import org.sequestra.registry.api.model.OwnershipPageDto;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Idempotency-Key is honoured by the platform's filter before these methods run. */
@RestController
class OwnershipController implements OwnershipApi {

  private final OwnershipService ownerships;
  private final OwnershipMapper mapper;

  OwnershipController(OwnershipService ownerships, OwnershipMapper mapper) {
    this.ownerships = ownerships;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('ARO_ANALYST')")
  public ResponseEntity<OwnershipDto> addOwner(
      UUID assetId, NewOwnershipDto newOwnership, String idempotencyKey) {
    Ownership added =
        ownerships.add(
            RequestContext.currentCaller(), assetId, mapper.toNewOwnership(newOwnership));
    return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toDto(added));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PROSECUTOR')")
  public ResponseEntity<OwnershipPageDto> listOwners(UUID assetId, Integer page, Integer size) {
    Page<Ownership> result = ownerships.list(RequestContext.currentCaller(), assetId, page, size);
    return ResponseEntity.ok(
        new OwnershipPageDto(result.map(mapper::toDto).getContent(), PageMetadata.of(result)));
  }
}
