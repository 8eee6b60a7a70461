package org.sequestra.registry.ftm;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.FtmImportEntityDto;
import org.sequestra.registry.api.model.FtmImportReportDto;
import org.sequestra.registry.api.model.NewAssetDto;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.api.model.NewSubjectDto;
import org.sequestra.registry.api.model.OwnershipDto;
import org.sequestra.registry.api.model.SubjectDto;
import org.sequestra.registry.api.model.SubjectKindDto;
import org.sequestra.registry.ftm.CaseHoldings.Asset;
import org.sequestra.registry.ftm.CaseHoldings.Link;
import org.sequestra.registry.ftm.CaseHoldings.NewAsset;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Subject;

/**
 * The API models and this package's terms: the import's report out, and the registry's models in
 * and out while its features still speak them (see {@link RegistryHoldings}). Enums map by constant
 * name, so a constant added on one side only fails the build.
 */
@Mapper(config = BoundaryMapping.class, imports = SubjectKindDto.class)
interface FtmMapper {

  FtmImportReportDto toDto(ImportReport report);

  FtmImportEntityDto toDto(EntityOutcome outcome);

  Subject toSubject(SubjectDto subject);

  List<Subject> toSubjects(List<SubjectDto> subjects);

  @Mapping(target = "estimatedValue", source = "currentValuation.estimatedValue")
  Asset toAsset(AssetDto asset);

  List<Asset> toAssets(List<AssetDto> assets);

  Link toLink(OwnershipDto link);

  List<Link> toLinks(List<OwnershipDto> links);

  @Mapping(
      target = "kind",
      expression =
          "java(subject.naturalPerson() != null ? SubjectKindDto.NATURAL_PERSON"
              + " : SubjectKindDto.LEGAL_ENTITY)")
  NewSubjectDto toDto(NewSubject subject);

  @Mapping(target = "valuation", ignore = true)
  NewAssetDto toDto(NewAsset asset);

  NewOwnershipDto toDto(NewLink link);

  /** The contract's checks on a request as the endpoint would receive it, sorted; or null. */
  default String violations(Validator validator, Object request) {
    Set<ConstraintViolation<Object>> violations = validator.validate(request);
    if (violations.isEmpty()) {
      return null;
    }
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .sorted(Comparator.naturalOrder())
        .reduce((a, b) -> a + "; " + b)
        .orElseThrow();
  }
}
