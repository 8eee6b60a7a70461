package org.sequestra.freezing.transition;

import java.net.URI;
import java.util.UUID;
import org.sequestra.freezing.api.model.FreezingRequestDto;
import org.sequestra.freezing.api.model.NewRequestTransitionDto;
import org.sequestra.freezing.api.model.RequestHistoryDto;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.request.RequestMapper;
import org.sequestra.freezing.request.RequestViews;
import org.sequestra.freezing.request.TransitionsController;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The transitions' operations of the Requests API (roles are checked by the request controller).
 */
@Component
class RequestTransitionController implements TransitionsController {

  private final TransitionSteps steps;
  private final TransitionService transitions;
  private final TransitionMapper mapper;
  private final RequestMapper requestMapper;
  private final RequestViews views;

  RequestTransitionController(
      TransitionSteps steps,
      TransitionService transitions,
      TransitionMapper mapper,
      RequestMapper requestMapper,
      RequestViews views) {
    this.steps = steps;
    this.transitions = transitions;
    this.mapper = mapper;
    this.requestMapper = requestMapper;
    this.views = views;
  }

  @Override
  public ResponseEntity<FreezingRequestDto> record(
      UUID requestId, String ifMatch, NewRequestTransitionDto transition) {
    Caller caller = RequestContext.currentCaller();
    FreezingRequest request = steps.record(caller, requestId, ifMatch, mapper.toAct(transition));
    return ResponseEntity.created(
            URI.create("/api/v1/freezing-requests/" + requestId + "/transitions"))
        .eTag(ETags.of(request.getVersion()))
        .body(requestMapper.toDto(views.of(caller, request)));
  }

  @Override
  public ResponseEntity<RequestHistoryDto> history(UUID requestId) {
    HistoryEntry.History history = transitions.history(RequestContext.currentCaller(), requestId);
    return ResponseEntity.ok().eTag(ETags.of(history.version())).body(mapper.toDto(history));
  }
}
