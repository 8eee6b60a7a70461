package org.sequestra.registry.freezing;

import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.FreezingEffectBatchItemDto;
import org.sequestra.registry.api.model.FreezingEffectBatchItemOutcomeDto;
import org.sequestra.registry.api.model.FreezingEffectBatchOutcomeDto;
import org.sequestra.registry.api.model.FreezingEffectDto;
import org.sequestra.registry.api.model.FreezingEffectOutcomeDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.lifecycle.AssetValue;

@Mapper(config = BoundaryMapping.class)
abstract class FreezingEffectMapper {

  abstract FreezingEffect toEffect(FreezingEffectDto effect);

  abstract FreezingEffectOutcomeDto toDto(FreezingEffectOutcome outcome);

  abstract List<FreezingEffects.Identified> toBatch(List<FreezingEffectBatchItemDto> items);

  abstract FreezingEffects.Identified toIdentified(FreezingEffectBatchItemDto item);

  @Mapping(target = "applied", source = "first")
  abstract FreezingEffectBatchItemOutcomeDto toDto(FreezingEffects.Applied applied);

  FreezingEffectBatchOutcomeDto toBatchOutcome(List<FreezingEffects.Applied> applied) {
    return new FreezingEffectBatchOutcomeDto().outcomes(applied.stream().map(this::toDto).toList());
  }

  /** The contract's decimal string (its pattern checked) as an amount. */
  AssetValue value(MoneyDto money) {
    return money == null
        ? null
        : new AssetValue(new BigDecimal(money.getAmount()), money.getCurrency());
  }
}
