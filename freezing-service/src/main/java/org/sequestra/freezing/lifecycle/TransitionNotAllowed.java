package org.sequestra.freezing.lifecycle;

import java.util.Set;

/** The action cannot follow the request's current status (HTTP 409). */
public class TransitionNotAllowed extends RuntimeException {

  private final RequestStatus current;
  private final RequestAction requested;
  private final Set<RequestAction> allowed;

  public TransitionNotAllowed(
      RequestStatus current, RequestAction requested, Set<RequestAction> allowed) {
    super(
        "cannot "
            + requested
            + " a request that is "
            + current
            + (allowed.isEmpty() ? "; it is final" : "; allowed: " + allowed));
    this.current = current;
    this.requested = requested;
    this.allowed = Set.copyOf(allowed);
  }

  public RequestStatus current() {
    return current;
  }

  public RequestAction requested() {
    return requested;
  }

  public Set<RequestAction> allowed() {
    return allowed;
  }
}
