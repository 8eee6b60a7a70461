package org.sequestra.registry.ownership;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features (FtM import and export) need of the ownership links of a case. */
@Component
public class CaseOwnerships {

  private final OwnershipRepository ownerships;
  private final OwnershipService service;

  CaseOwnerships(OwnershipRepository ownerships, OwnershipService service) {
    this.ownerships = ownerships;
    this.service = service;
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
}
