package org.sequestra.registry.freezing;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.FreezingEffectDto;
import org.sequestra.registry.api.model.FreezingEffectOutcomeDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.lifecycle.AssetValue;

@Mapper(config = BoundaryMapping.class)
abstract class FreezingEffectMapper {

  abstract FreezingEffect toEffect(FreezingEffectDto effect);

  abstract FreezingEffectOutcomeDto toDto(FreezingEffectOutcome outcome);

  /** The contract's decimal string (its pattern checked) as an amount. */
  AssetValue value(MoneyDto money) {
    return money == null
        ? null
        : new AssetValue(new BigDecimal(money.getAmount()), money.getCurrency());
  }
}
