package org.sequestra.freezing.registry;

import java.util.UUID;
import org.sequestra.freezing.api.RegistryRelayApi;
import org.sequestra.freezing.api.model.RegistryEffectDeliveryDto;
import org.sequestra.freezing.api.model.RegistryEffectPageDto;
import org.sequestra.freezing.api.model.RegistryEffectStatusDto;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** Operations: the relay's pending and refused effects, and queueing a refused one again. */
@RestController
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class RegistryEffectsController implements RegistryRelayApi {

  private final EffectDeliveries deliveries;
  private final EffectDeliveryMapper mapper;

  RegistryEffectsController(EffectDeliveries deliveries, EffectDeliveryMapper mapper) {
    this.deliveries = deliveries;
    this.mapper = mapper;
  }

  @Override
  public ResponseEntity<RegistryEffectPageDto> listRegistryEffects(
      RegistryEffectStatusDto status, Integer page, Integer size) {
    EffectDelivery.Status wanted =
        status == null ? EffectDelivery.Status.FAILED : mapper.toStatus(status);
    EffectDeliveries.Listed listed = deliveries.list(wanted, page, size);
    return ResponseEntity.ok(
        new RegistryEffectPageDto(
            listed.items().stream().map(mapper::toDto).toList(),
            PageMetadata.of(Paging.page(page), Paging.size(size), listed.total())));
  }

  @Override
  public ResponseEntity<RegistryEffectDeliveryDto> requeueRegistryEffect(UUID effectId) {
    return ResponseEntity.ok(
        mapper.toDto(deliveries.requeue(RequestContext.currentCaller(), effectId)));
  }
}
