package org.sequestra.freezing.registry;

import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.RegistryEffectDeliveryDto;
import org.sequestra.freezing.api.model.RegistryEffectStatusDto;
import org.sequestra.platform.mapping.BoundaryMapping;

@Mapper(config = BoundaryMapping.class)
interface EffectDeliveryMapper {

  RegistryEffectDeliveryDto toDto(EffectDelivery delivery);

  EffectDelivery.Status toStatus(RegistryEffectStatusDto status);
}
