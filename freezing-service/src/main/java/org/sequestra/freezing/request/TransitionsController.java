package org.sequestra.freezing.request;

import java.util.UUID;
import org.sequestra.freezing.api.model.FreezingRequestDto;
import org.sequestra.freezing.api.model.NewRequestTransitionDto;
import org.sequestra.freezing.api.model.RequestHistoryDto;
import org.springframework.http.ResponseEntity;

/**
 * The transitions' half of the Requests API. The generated interface covers the whole tag, so the
 * request controller implements it and hands these operations to the lifecycle feature, which
 * depends on this package (and not the other way round).
 */
public interface TransitionsController {

  ResponseEntity<FreezingRequestDto> record(
      UUID requestId, String ifMatch, NewRequestTransitionDto transition);

  ResponseEntity<RequestHistoryDto> history(UUID requestId);
}
