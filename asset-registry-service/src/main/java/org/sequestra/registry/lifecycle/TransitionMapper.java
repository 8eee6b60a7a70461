package org.sequestra.registry.lifecycle;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.AssetStatusDto;
import org.sequestra.registry.api.model.LegalBasisDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.api.model.NewTransitionDto;
import org.sequestra.registry.api.model.RecordedTransitionDto;
import org.sequestra.registry.api.model.RestitutionConditionsDto;
import org.sequestra.registry.api.model.TransitionDto;
import org.sequestra.registry.api.model.TransitionHistoryDto;
import org.sequestra.registry.asset.AssetStatus;
import org.sequestra.registry.asset.EuroEquivalent;
import org.sequestra.registry.asset.MoneyMapper;

@Mapper(config = BoundaryMapping.class, uses = MoneyMapper.class)
abstract class TransitionMapper {

  @Mapping(target = "target", source = "targetStatus")
  abstract TransitionRequest toRequest(NewTransitionDto request);

  @Mapping(target = "assetId", source = "asset.id")
  @Mapping(target = "status", source = "asset.status")
  @Mapping(target = "allowedTransitions", source = "asset.status")
  abstract RecordedTransitionDto toDto(TransitionService.Outcome outcome);

  @Mapping(target = "assetId", source = "asset.id")
  @Mapping(target = "status", source = "asset.status")
  @Mapping(target = "allowedTransitions", source = "asset.status")
  @Mapping(target = "items", source = "transitions")
  abstract TransitionHistoryDto toDto(TransitionService.History history);

  @Mapping(target = "legalBasis", source = ".")
  @Mapping(target = "value", source = ".")
  @Mapping(target = "eurEquivalent", source = ".")
  @Mapping(target = "restitutionConditions", source = ".")
  abstract TransitionDto toDto(AssetTransition transition);

  abstract LegalBasisDto legalBasis(AssetTransition transition);

  abstract List<AssetStatusDto> statuses(List<AssetStatus> statuses);

  /** The acts that may follow {@code status}. */
  List<AssetStatusDto> allowedAfter(AssetStatus status) {
    return statuses(SeizureLifecycle.allowedFrom(status));
  }

  /** The value at the moment of the act, if one was stated. */
  MoneyDto value(AssetTransition transition) {
    return MoneyMapper.money(transition.getValueAmount(), transition.getValueCurrency());
  }

  /** Only the conditions that were stated; none stated, none shown. */
  RestitutionConditionsDto restitutionConditions(AssetTransition transition) {
    if (transition.getTitleUncontested() == null
        && transition.getNotNeededAsEvidence() == null
        && transition.getAffectedPersonsRightsNotPrejudiced() == null) {
      return null;
    }
    return new RestitutionConditionsDto()
        .titleUncontested(transition.getTitleUncontested())
        .notNeededAsEvidence(transition.getNotNeededAsEvidence())
        .affectedPersonsRightsNotPrejudiced(transition.getAffectedPersonsRightsNotPrejudiced());
  }

  /** As stored with the act: the rate of its order date (or the last before), or none. */
  EuroEquivalent euroEquivalent(AssetTransition transition) {
    if (transition.getValueAmount() == null) {
      return null;
    }
    if (EuroEquivalent.EUR.equals(transition.getValueCurrency())) {
      return new EuroEquivalent(
          EuroEquivalent.Status.ALREADY_EUR, transition.getValueEur(), null, null, null);
    }
    if (transition.getValueEur() == null) {
      return new EuroEquivalent(
          EuroEquivalent.Status.NO_RATE,
          null,
          null,
          null,
          "No euro reference rate for "
              + transition.getValueCurrency()
              + " on or before "
              + transition.getOrderDate()
              + ".");
    }
    return new EuroEquivalent(
        EuroEquivalent.Status.CONVERTED,
        transition.getValueEur(),
        transition.getValueEurRate(),
        transition.getValueEurRateDate(),
        null);
  }
}
