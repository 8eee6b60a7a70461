package org.sequestra.freezing.transition;

import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.DisposalShare;
import org.sequestra.freezing.lifecycle.Grounds.PostponementGround;
import org.sequestra.freezing.lifecycle.Grounds.RefusalGround;

/** What a step stated beyond its reason, stored with it in the history. */
record TransitionDetails(
    RefusalGround refusalGround,
    PostponementGround postponementGround,
    Integer expectedDurationDays,
    String forwardedTo,
    UUID supersededBy,
    List<AssetResult> assetResults,
    DisposalShare disposalShare) {

  TransitionDetails {
    assetResults = assetResults == null ? List.of() : List.copyOf(assetResults);
  }
}
