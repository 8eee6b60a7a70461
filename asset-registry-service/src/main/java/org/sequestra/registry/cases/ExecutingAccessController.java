package org.sequestra.registry.cases;

import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.registry.api.InternalApi;
import org.sequestra.registry.api.model.ExecutingAccessDto;
import org.sequestra.registry.api.model.NewExecutingAccessDto;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal: the freezing-service relays the issuing side's token when it sends or withdraws a
 * freezing request. Not routed by the gateway.
 */
@RestController
class ExecutingAccessController implements InternalApi {

  private final ExecutingAgencies executing;
  private final CaseMapper mapper;

  ExecutingAccessController(ExecutingAgencies executing, CaseMapper mapper) {
    this.executing = executing;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasAnyRole('ISSUING_AUTHORITY', 'ARO_SUPERVISOR')")
  public ResponseEntity<ExecutingAccessDto> grantExecutingAccess(
      UUID caseId, String agencyCode, NewExecutingAccessDto access) {
    ExecutingAgencies.Granted granted =
        executing.grant(
            RequestContext.currentCaller(), caseId, agencyCode, access.getFreezingRequestId());
    return ResponseEntity.status(granted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(mapper.toDto(granted.access()));
  }

  @Override
  @PreAuthorize("hasAnyRole('ISSUING_AUTHORITY', 'ARO_SUPERVISOR')")
  public ResponseEntity<Void> withdrawExecutingAccess(
      UUID caseId, String agencyCode, UUID freezingRequestId) {
    executing.withdraw(RequestContext.currentCaller(), caseId, agencyCode, freezingRequestId);
    return ResponseEntity.noContent().build();
  }
}
