package org.sequestra.registry.ftm;

import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.asset.CaseAssets;
import org.sequestra.registry.ownership.CaseOwnerships;
import org.sequestra.registry.subject.CaseSubjects;
import org.springframework.stereotype.Component;

/**
 * {@link CaseHoldings} on the registry's features: the only class of this package that calls
 * another feature. Those features still take and return the API models, so every value passes
 * through {@link FtmMapper} on the way.
 */
@Component
class RegistryHoldings implements CaseHoldings {

  private final CaseSubjects subjects;
  private final CaseAssets assets;
  private final CaseOwnerships ownerships;
  private final FtmMapper mapper;
  private final Validator validator;

  RegistryHoldings(
      CaseSubjects subjects,
      CaseAssets assets,
      CaseOwnerships ownerships,
      FtmMapper mapper,
      Validator validator) {
    this.subjects = subjects;
    this.assets = assets;
    this.ownerships = ownerships;
    this.mapper = mapper;
    this.validator = validator;
  }

  @Override
  public List<Subject> subjects(UUID caseId) {
    return mapper.toSubjects(subjects.allOf(caseId));
  }

  @Override
  public List<Asset> assets(UUID caseId) {
    return mapper.toAssets(assets.allOf(caseId));
  }

  @Override
  public List<Link> links(UUID caseId) {
    return mapper.toLinks(ownerships.inCase(caseId));
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
    return mapper.toSubject(subjects.add(caller, caseId, mapper.toDto(subject)));
  }

  @Override
  public Asset registerAsset(Caller caller, UUID caseId, NewAsset asset) {
    return mapper.toAsset(assets.register(caller, caseId, mapper.toDto(asset)));
  }

  @Override
  public Link addLink(Caller caller, UUID assetId, NewLink link) {
    return mapper.toLink(ownerships.add(caller, assetId, mapper.toDto(link)));
  }
}
