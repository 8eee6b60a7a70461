package org.sequestra.freezing.transition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.DisposalShare;
import org.sequestra.freezing.lifecycle.Grounds.PostponementGround;
import org.sequestra.freezing.lifecycle.Grounds.RefusalGround;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestStatus;

/** One step of the history as the API shows it. */
record HistoryEntry(
    int sequence,
    RequestAction action,
    RequestStatus fromStatus,
    RequestStatus toStatus,
    String actor,
    String actorAgency,
    Instant occurredAt,
    Instant recordedAt,
    String reason,
    RefusalGround refusalGround,
    PostponementGround postponementGround,
    Integer expectedDurationDays,
    String forwardedTo,
    UUID supersededBy,
    List<AssetResult> assetResults,
    DisposalShare disposalShare) {

  static HistoryEntry of(RequestTransition step, TransitionDetails details) {
    return new HistoryEntry(
        step.getSequence(),
        step.getAction(),
        step.getFromStatus(),
        step.getToStatus(),
        step.getActor(),
        step.getActorAgency(),
        step.getOccurredAt(),
        step.getRecordedAt(),
        step.getReason(),
        details.refusalGround(),
        details.postponementGround(),
        details.expectedDurationDays(),
        details.forwardedTo(),
        details.supersededBy(),
        details.assetResults(),
        details.disposalShare());
  }

  /** The request's history with its current status and version (the ETag). */
  record History(
      UUID requestId, RequestStatus status, long version, List<HistoryEntry> transitions) {}
}
