package org.sequestra.freezing.transition;

import java.util.UUID;
import org.sequestra.freezing.lifecycle.Act;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.snapshot.RegistryAssets;
import org.sequestra.freezing.snapshot.domain.RegistryReadings;
import org.sequestra.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * A step as the API takes it. ISSUE first reads the certificate's assets from the registry as the
 * issuer, outside any transaction (no database connection or row lock is held while the registry
 * answers); the step then checks and records them in its own transaction.
 */
@Component
class TransitionSteps {

  private final TransitionService transitions;
  private final RegistryAssets registry;

  TransitionSteps(TransitionService transitions, RegistryAssets registry) {
    this.transitions = transitions;
    this.registry = registry;
  }

  FreezingRequest record(Caller caller, UUID requestId, String ifMatch, Act act) {
    RegistryReadings readings = RegistryReadings.none();
    if (act.action() == RequestAction.ISSUE) {
      TransitionService.ToIssue toIssue = transitions.assetsToIssue(caller, requestId, ifMatch);
      readings = registry.read(toIssue.caseId(), toIssue.assetIds());
    }
    return transitions.record(caller, requestId, ifMatch, act, readings);
  }
}
