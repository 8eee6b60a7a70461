package org.sequestra.registry.lifecycle;

import java.net.URI;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.web.ETags;
import org.sequestra.registry.api.LifecycleApi;
import org.sequestra.registry.api.model.NewTransitionDto;
import org.sequestra.registry.api.model.RecordedTransitionDto;
import org.sequestra.registry.api.model.TransitionHistoryDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * Idempotency-Key is honoured by the platform's filter before these methods run. Which act needs
 * which role (an analyst may only request a freeze) is decided by the service, after it knows the
 * caller may see the asset, so that an invisible asset stays a 404.
 */
@RestController
class TransitionController implements LifecycleApi {

  private final TransitionService transitions;
  private final TransitionMapper mapper;

  TransitionController(TransitionService transitions, TransitionMapper mapper) {
    this.transitions = transitions;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<RecordedTransitionDto> recordTransition(
      UUID assetId, NewTransitionDto newTransition, String ifMatch, String idempotencyKey) {
    TransitionService.Outcome outcome =
        transitions.record(
            RequestContext.currentCaller(), assetId, ifMatch, mapper.toRequest(newTransition));
    return ResponseEntity.created(URI.create("/api/v1/assets/" + assetId + "/transitions"))
        .eTag(ETags.of(outcome.asset().getVersion()))
        .body(mapper.toDto(outcome));
  }

  @Override
  @PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<TransitionHistoryDto> listTransitions(UUID assetId) {
    TransitionService.History history =
        transitions.history(RequestContext.currentCaller(), assetId);
    return ResponseEntity.ok()
        .eTag(ETags.of(history.asset().getVersion()))
        .body(mapper.toDto(history));
  }
}
