package org.sequestra.registry.ftm;

import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.asset.AssetMapper;
import org.sequestra.registry.asset.CaseAssets;
import org.sequestra.registry.ownership.CaseOwnerships;
import org.sequestra.registry.ownership.OwnershipMapper;
import org.sequestra.registry.subject.CaseSubjects;
import org.sequestra.registry.subject.SubjectMapper;
import org.springframework.stereotype.Component;

/**
 * {@link CaseHoldings} on the registry's features: the only class of this package that calls
 * another feature. An FtM entity must meet the same contract checks as the same data sent to the
 * API, so every value passes through the contract's model on the way: {@link FtmMapper} between
 * this package's records and the model, the features' own mappers between the model and their
 * domain (so FtM data is converted exactly as the endpoints convert it).
 */
@Component
class RegistryHoldings implements CaseHoldings {

  private final CaseSubjects subjects;
  private final CaseAssets assets;
  private final CaseOwnerships ownerships;
  private final FtmMapper mapper;
  private final SubjectMapper subjectModels;
  private final AssetMapper assetModels;
  private final OwnershipMapper ownershipModels;
  private final Validator validator;

  RegistryHoldings(
      CaseSubjects subjects,
      CaseAssets assets,
      CaseOwnerships ownerships,
      FtmMapper mapper,
      SubjectMapper subjectModels,
      AssetMapper assetModels,
      OwnershipMapper ownershipModels,
      Validator validator) {
    this.subjects = subjects;
    this.assets = assets;
    this.ownerships = ownerships;
    this.mapper = mapper;
    this.subjectModels = subjectModels;
    this.assetModels = assetModels;
    this.ownershipModels = ownershipModels;
    this.validator = validator;
  }

  @Override
  public List<Subject> subjects(UUID caseId) {
    return mapper.toSubjects(
        subjects.subjectsOf(caseId).stream().map(subjectModels::toDto).toList());
  }

  @Override
  public List<Asset> assets(UUID caseId) {
    return mapper.toAssets(assets.assetsOf(caseId).stream().map(assetModels::toDto).toList());
  }

  @Override
  public List<Link> links(UUID caseId) {
    return mapper.toLinks(ownerships.linksOf(caseId).stream().map(ownershipModels::toDto).toList());
  }

  @Override
  public String violations(NewSubject subject) {
    return mapper.violations(validator, mapper.toDto(subject));
  }

  @Override
  public String violations(NewAsset asset) {
    return mapper.violations(validator, mapper.toDto(asset));
  }

  @Override
  public Subject addSubject(Caller caller, UUID caseId, NewSubject subject) {
    return mapper.toSubject(
        subjectModels.toDto(
            subjects.add(caller, caseId, subjectModels.toNewSubject(mapper.toDto(subject)))));
  }

  @Override
  public Asset registerAsset(Caller caller, UUID caseId, NewAsset asset) {
    return mapper.toAsset(
        assetModels.toDto(
            assets.register(caller, caseId, assetModels.toNewAsset(mapper.toDto(asset)))));
  }

  @Override
  public Link addLink(Caller caller, UUID assetId, NewLink link) {
    return mapper.toLink(
        ownershipModels.toDto(
            ownerships.add(caller, assetId, ownershipModels.toNewOwnership(mapper.toDto(link)))));
  }
}
