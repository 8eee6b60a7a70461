package org.sequestra.freezing.request;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.NotFoundException;
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
