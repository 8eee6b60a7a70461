package org.sequestra.registry.subject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.registry.api.model.IdentityDocumentDto;
import org.sequestra.registry.api.model.LegalEntityDto;
import org.sequestra.registry.api.model.NaturalPersonDto;
import org.sequestra.registry.api.model.SubjectDto;

@Mapper(componentModel = "spring")
interface SubjectMapper {

  @Mapping(target = "naturalPerson", ignore = true)
  @Mapping(target = "legalEntity", ignore = true)
  SubjectDto base(Subject subject);

  default SubjectDto toDto(Subject subject) {
    SubjectDto dto = base(subject);
    if (subject.getKind() == Subject.Kind.NATURAL_PERSON) {
      dto.setNaturalPerson(naturalPerson(subject));
    } else {
      dto.setLegalEntity(legalEntity(subject));
    }
    return dto;
  }

  NaturalPersonDto naturalPerson(Subject subject);

  @Mapping(target = "name", source = "legalName")
  LegalEntityDto legalEntity(Subject subject);

  IdentityDocumentDto identityDocument(IdentityDocument document);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
