package org.sequestra.registry.lifecycle;

import java.util.List;
import org.sequestra.registry.asset.AssetStatus;

/** The requested status cannot follow the current one; the API answers 409 naming the allowed. */
public class TransitionNotAllowed extends RuntimeException {

  private final AssetStatus current;
  private final AssetStatus requested;
  private final List<AssetStatus> allowed;

  TransitionNotAllowed(AssetStatus current, AssetStatus requested, List<AssetStatus> allowed) {
    super(message(current, requested, allowed));
    this.current = current;
    this.requested = requested;
    this.allowed = List.copyOf(allowed);
  }

  private static String message(
      AssetStatus current, AssetStatus requested, List<AssetStatus> allowed) {
    String next =
        allowed.isEmpty()
            ? current + " is final; no transition is allowed"
            : "allowed: " + String.join(", ", allowed.stream().map(Enum::name).toList());
    return "cannot move an asset from " + current + " to " + requested + "; " + next;
  }

  public AssetStatus current() {
    return current;
  }

  public AssetStatus requested() {
    return requested;
  }

  /** The statuses reachable from {@link #current()}, in lifecycle order. */
  public List<AssetStatus> allowed() {
    return allowed;
  }
}
