package org.sequestra.registry.caller;

import java.util.List;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.IdentityApi;
import org.sequestra.registry.api.model.CallerDto;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Shows callers how the trust registry attributed their token; any authenticated caller. */
@RestController
class CallerController implements IdentityApi {

  @Override
  public ResponseEntity<CallerDto> getCurrentCaller() {
    Caller caller = RequestContext.currentCaller();
    CallerDto dto =
        new CallerDto(
            caller.subject(),
            caller.agency(),
            caller.country(),
            List.copyOf(caller.roles()),
            caller.issuer());
    dto.setUsername(caller.username());
    dto.setIdentityProvider(caller.identityProvider());
    return ResponseEntity.ok(dto);
  }
}
