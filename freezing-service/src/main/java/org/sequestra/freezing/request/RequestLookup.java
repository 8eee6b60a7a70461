package org.sequestra.freezing.request;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds a request by id for checks between requests (no visibility rule: not for answers). */
@Component
public class RequestLookup {

  private final FreezingRequestRepository requests;

  RequestLookup(FreezingRequestRepository requests) {
    this.requests = requests;
  }

  public Optional<FreezingRequest> find(UUID id) {
    return requests.findById(id);
  }
}
