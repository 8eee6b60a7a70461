package org.sequestra.registry.ownership;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.api.model.OwnershipDto;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features (FtM import and export) need of the ownership links of a case. */
@Component
public class CaseOwnerships {

  private final OwnershipRepository ownerships;
  private final OwnershipService service;
  private final OwnershipMapper mapper;

  CaseOwnerships(OwnershipRepository ownerships, OwnershipService service, OwnershipMapper mapper) {
    this.ownerships = ownerships;
    this.service = service;
    this.mapper = mapper;
  }

  /** The links of every asset of the case, in the order recorded (access is checked elsewhere). */
  @Transactional(readOnly = true)
  public List<Ownership> linksOf(UUID caseId) {
    return ownerships.findInCase(caseId);
  }

  /** Links a subject to an asset exactly as the owners endpoint does (shares kept within 100 %). */
  @Transactional
  public Ownership add(Caller caller, UUID assetId, NewOwnership request) {
    return service.add(caller, assetId, request);
  }

  /**
   * {@link #linksOf} in the contract's model.
   *
   * @deprecated the FtM feature's bridge until it maps at its own boundary.
   */
  @Deprecated(forRemoval = true)
  @Transactional(readOnly = true)
  public List<OwnershipDto> inCase(UUID caseId) {
    return linksOf(caseId).stream().map(mapper::toDto).toList();
  }

  /**
   * {@link #add(Caller, UUID, NewOwnership)} in the contract's model.
   *
   * @deprecated the FtM feature's bridge until it maps at its own boundary.
   */
  @Deprecated(forRemoval = true)
  @Transactional
  public OwnershipDto add(Caller caller, UUID assetId, NewOwnershipDto request) {
    return mapper.toDto(add(caller, assetId, mapper.toNewOwnership(request)));
  }
}
