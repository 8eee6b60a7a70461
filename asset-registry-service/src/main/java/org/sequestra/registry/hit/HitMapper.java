package org.sequestra.registry.hit;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.ContactPointDto;
import org.sequestra.registry.api.model.HitDto;

@Mapper(config = BoundaryMapping.class)
interface HitMapper {

  @Mapping(target = "yourAssetId", source = "assetId")
  @Mapping(
      target = "otherAgencyContactPoint",
      expression = "java(contactPoint(contactPoints.of(hit.getOtherAgency())))")
  HitDto toDto(Hit hit, @Context ContactPoints contactPoints);

  ContactPointDto contactPoint(ContactPoints.ContactPoint contactPoint);
}
