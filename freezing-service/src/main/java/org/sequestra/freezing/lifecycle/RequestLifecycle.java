package org.sequestra.freezing.lifecycle;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The shared lifecycle of a request, seen by both sides (Regulation 2018/1805 Art 4-30):
 *
 * <pre>
 * DRAFT -ISSUE-> ISSUED -TRANSMIT-> TRANSMITTED -RECEIVE-> RECEIVED
 *   RECEIVED -FORWARD-> FORWARDED -RECEIVE-> RECEIVED             (Art 4(9), 14(8))
 *   RECEIVED | RECOGNISED -CONSULT-> UNDER_CONSULTATION            (Art 8(2), 8(4), 19(2))
 *   RECEIVED | UNDER_CONSULTATION -RECOGNISE-> RECOGNISED
 *   UNDER_CONSULTATION -REFUSE-> REFUSED    (MLA: also from RECEIVED; no Regulation consultation)
 *   RECEIVED | UNDER_CONSULTATION | RECOGNISED -POSTPONE-> POSTPONED -RESUME-> where it was
 *   RECOGNISED -EXECUTE-> EXECUTED
 *   freezing:     EXECUTED -SUPERSEDE-> SUPERSEDED (by the confiscation request)
 *   confiscation: EXECUTED -DISPOSE-> DISPOSED | -RESTITUTE-> RESTITUTED
 *   open, transmitted -WITHDRAW-> WITHDRAWN -CONFIRM_TERMINATION-> TERMINATED (Art 27)
 *   ISSUED (never transmitted) -WITHDRAW-> TERMINATED
 * </pre>
 */
public final class RequestLifecycle {

  private RequestLifecycle() {}

  /** What the lifecycle needs to know of a request. */
  public record State(
      RequestKind kind,
      LegalInstrument instrument,
      RequestStatus status,
      RequestStatus postponedFrom) {}

  /** The actions that may follow the state, for either side, in declaration order. */
  public static Set<RequestAction> allowed(State state) {
    Set<RequestAction> allowed = new LinkedHashSet<>();
    for (RequestAction action : RequestAction.values()) {
      if (target(state, action) != null) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /** The actions one side may take now. */
  public static Set<RequestAction> allowed(State state, Side side) {
    Set<RequestAction> allowed = new LinkedHashSet<>(allowed(state));
    allowed.removeIf(action -> action.side() != side);
    return allowed;
  }

  /**
   * The status after the action.
   *
   * @throws TransitionNotAllowed when the action cannot follow the current status
   */
  public static RequestStatus next(State state, RequestAction action) {
    RequestStatus next = target(state, action);
    if (next == null) {
      throw new TransitionNotAllowed(state.status(), action, allowed(state));
    }
    return next;
  }

  private static RequestStatus target(State state, RequestAction action) {
    boolean regulation = state.instrument() == LegalInstrument.REGULATION_2018_1805;
    boolean freezing = state.kind() == RequestKind.FREEZING;
    return switch (state.status()) {
      case DRAFT -> action == RequestAction.ISSUE ? RequestStatus.ISSUED : null;
      case ISSUED ->
          switch (action) {
            case TRANSMIT -> RequestStatus.TRANSMITTED;
            // nothing reached the executing side: nobody needs to confirm the termination
            case WITHDRAW -> RequestStatus.TERMINATED;
            default -> null;
          };
      case TRANSMITTED, FORWARDED ->
          switch (action) {
            case RECEIVE -> RequestStatus.RECEIVED;
            case WITHDRAW -> RequestStatus.WITHDRAWN;
            default -> null;
          };
      case RECEIVED ->
          switch (action) {
            case FORWARD -> RequestStatus.FORWARDED;
            case CONSULT -> RequestStatus.UNDER_CONSULTATION;
            case RECOGNISE -> RequestStatus.RECOGNISED;
            // the Regulation allows a refusal only after consulting the issuing authority
            case REFUSE -> regulation ? null : RequestStatus.REFUSED;
            case POSTPONE -> RequestStatus.POSTPONED;
            case WITHDRAW -> RequestStatus.WITHDRAWN;
            default -> null;
          };
      case UNDER_CONSULTATION ->
          switch (action) {
            case RECOGNISE -> RequestStatus.RECOGNISED;
            case REFUSE -> RequestStatus.REFUSED;
            case POSTPONE -> RequestStatus.POSTPONED;
            case WITHDRAW -> RequestStatus.WITHDRAWN;
            default -> null;
          };
      case RECOGNISED ->
          switch (action) {
            case EXECUTE -> RequestStatus.EXECUTED;
            case CONSULT -> RequestStatus.UNDER_CONSULTATION;
            case POSTPONE -> RequestStatus.POSTPONED;
            case WITHDRAW -> RequestStatus.WITHDRAWN;
            default -> null;
          };
      case POSTPONED ->
          switch (action) {
            case RESUME -> resumed(state.postponedFrom());
            case WITHDRAW -> RequestStatus.WITHDRAWN;
            default -> null;
          };
      case EXECUTED -> executed(action, freezing);
      case WITHDRAWN ->
          action == RequestAction.CONFIRM_TERMINATION ? RequestStatus.TERMINATED : null;
      case REFUSED, TERMINATED, SUPERSEDED, DISPOSED, RESTITUTED -> null;
    };
  }

  private static RequestStatus executed(RequestAction action, boolean freezing) {
    if (freezing) {
      return switch (action) {
        case SUPERSEDE -> RequestStatus.SUPERSEDED;
        // the property stays frozen until withdrawn (Art 12(1), 27)
        case WITHDRAW -> RequestStatus.WITHDRAWN;
        default -> null;
      };
    }
    return switch (action) {
      case DISPOSE -> RequestStatus.DISPOSED;
      case RESTITUTE -> RequestStatus.RESTITUTED;
      default -> null;
    };
  }

  private static final Set<RequestStatus> POSTPONABLE =
      EnumSet.of(
          RequestStatus.RECEIVED, RequestStatus.UNDER_CONSULTATION, RequestStatus.RECOGNISED);

  /** Back where the postponement found the request (Art 10(3), 21(4)). */
  private static RequestStatus resumed(RequestStatus postponedFrom) {
    return postponedFrom != null && POSTPONABLE.contains(postponedFrom)
        ? postponedFrom
        : RequestStatus.RECEIVED;
  }
}
