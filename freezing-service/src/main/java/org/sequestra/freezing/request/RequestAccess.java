package org.sequestra.freezing.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Who sees a request: its issuing agency always, its executing agency once the request was
 * transmitted to it. Anyone else gets 404, so a request's existence does not leak.
 */
@Component
public class RequestAccess {

  private final FreezingRequestRepository requests;

  RequestAccess(FreezingRequestRepository requests) {
    this.requests = requests;
  }

  public FreezingRequest readable(Caller caller, UUID id) {
    return requests
        .findById(id)
        .filter(request -> !sides(caller, request).isEmpty())
        .orElseThrow(() -> new NotFoundException("Freezing request", id));
  }

  /** Readable, and locked until the transaction ends, so two acts on one request serialise. */
  public FreezingRequest lockedForAct(Caller caller, UUID id) {
    return requests
        .findLocked(id)
        .filter(request -> !sides(caller, request).isEmpty())
        .orElseThrow(() -> new NotFoundException("Freezing request", id));
  }

  /**
   * The requests the caller's agency may see that carry the case reference (the issuing reference,
   * or the registry case id when the reference is one).
   */
  public Page<FreezingRequest> visibleByReference(
      Caller caller, String reference, Pageable pageable) {
    UUID caseId = null;
    try {
      caseId = UUID.fromString(reference);
    } catch (IllegalArgumentException notACaseId) {
      // an issuing reference only
    }
    return requests.findVisibleByReference(caller.agency(), reference, caseId, pageable);
  }

  /** The requests the caller's agency may see whose certificate names the identifier. */
  public Page<FreezingRequest> visibleByIdentifier(
      Caller caller, String type, String key, Pageable pageable) {
    return requests.findVisibleByIdentifier(caller.agency(), type, key, pageable);
  }

  /** The request by id if the caller's agency may see it, as a page of at most one. */
  public Page<FreezingRequest> visibleById(Caller caller, UUID id, Pageable pageable) {
    List<FreezingRequest> found =
        requests.findById(id).filter(request -> !sides(caller, request).isEmpty()).stream()
            .toList();
    return new PageImpl<>(found, pageable, found.size());
  }

  /** The sides of the request the caller's agency is on (none, one, or both in a test set-up). */
  public static Set<Side> sides(Caller caller, FreezingRequest request) {
    Set<Side> sides = EnumSet.noneOf(Side.class);
    if (caller.agency().equals(request.getIssuingAgency())) {
      sides.add(Side.ISSUING);
    }
    if (caller.agency().equals(request.getExecutingAgency())
        && request.getTransmittedAt() != null) {
      sides.add(Side.EXECUTING);
    }
    return sides;
  }
}
