package org.sequestra.platform.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The configuration every service's MapStruct mapper shares ({@code @Mapper(config =
 * BoundaryMapping.class)}): Spring beans, the shared conversions of {@link BoundaryConversions}
 * (times), and a build failure when a target property is left unmapped, so a field added to a
 * contract is mapped on purpose or ignored on purpose. Enums map by constant name.
 */
@MapperConfig(
    componentModel = "spring",
    uses = BoundaryConversions.class,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface BoundaryMapping {}
