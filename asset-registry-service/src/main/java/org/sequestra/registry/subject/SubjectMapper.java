package org.sequestra.registry.subject;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.IdentityDocumentDto;
import org.sequestra.registry.api.model.LegalEntityDto;
import org.sequestra.registry.api.model.NaturalPersonDto;
import org.sequestra.registry.api.model.NewSubjectDto;
import org.sequestra.registry.api.model.SubjectDto;

@Mapper(config = BoundaryMapping.class)
public interface SubjectMapper {

  /** A subject shows the part of its kind; the other is absent. */
  @Mapping(
      target = "naturalPerson",
      source = ".",
      conditionExpression = "java(subject.isNaturalPerson())")
  @Mapping(
      target = "legalEntity",
      source = ".",
      conditionExpression = "java(!subject.isNaturalPerson())")
  SubjectDto toDto(Subject subject);

  NaturalPersonDto naturalPerson(Subject subject);

  @Mapping(target = "name", source = "legalName")
  LegalEntityDto legalEntity(Subject subject);

  IdentityDocumentDto identityDocument(IdentityDocument document);

  NewSubject toNewSubject(NewSubjectDto request);
}
