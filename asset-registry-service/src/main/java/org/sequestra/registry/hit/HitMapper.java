package org.sequestra.registry.hit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.registry.api.model.ContactPointDto;
import org.sequestra.registry.api.model.HitDto;

@Mapper(componentModel = "spring")
interface HitMapper {

  @Mapping(target = "yourAssetId", source = "assetId")
  @Mapping(
      target = "otherAgencyContactPoint",
      expression = "java(contactPoint(contactPoints.of(hit.getOtherAgency())))")
  HitDto toDto(Hit hit, @Context ContactPoints contactPoints);

  ContactPointDto contactPoint(ContactPoints.ContactPoint contactPoint);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
