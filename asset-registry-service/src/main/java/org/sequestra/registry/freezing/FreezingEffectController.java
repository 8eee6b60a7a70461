package org.sequestra.registry.freezing;

import java.util.List;
import java.util.UUID;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.registry.api.FreezingEffectsApi;
import org.sequestra.registry.api.model.FreezingEffectBatchDto;
import org.sequestra.registry.api.model.FreezingEffectBatchOutcomeDto;
import org.sequestra.registry.api.model.FreezingEffectDto;
import org.sequestra.registry.api.model.FreezingEffectOutcomeDto;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal: the freezing-service's relay, calling with its own client-credentials identity (the
 * platform's machine role FREEZING_SERVICE, no user's token). Not routed by the gateway.
 */
@RestController
class FreezingEffectController implements FreezingEffectsApi {

  private final FreezingEffects effects;
  private final FreezingEffectMapper mapper;

  FreezingEffectController(FreezingEffects effects, FreezingEffectMapper mapper) {
    this.effects = effects;
    this.mapper = mapper;
  }

  @Override
  @PreAuthorize("hasRole('FREEZING_SERVICE')")
  public ResponseEntity<FreezingEffectOutcomeDto> applyFreezingEffect(
      UUID effectId, FreezingEffectDto effect) {
    FreezingEffects.Applied applied =
        effects.apply(RequestContext.currentCaller(), effectId, mapper.toEffect(effect));
    return ResponseEntity.status(applied.first() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(mapper.toDto(applied.outcome()));
  }

  @Override
  @PreAuthorize("hasRole('FREEZING_SERVICE')")
  public ResponseEntity<FreezingEffectBatchOutcomeDto> applyFreezingEffects(
      FreezingEffectBatchDto batch) {
    List<FreezingEffects.Applied> applied =
        effects.applyAll(RequestContext.currentCaller(), mapper.toBatch(batch.getEffects()));
    return ResponseEntity.ok(mapper.toBatchOutcome(applied));
  }
}
