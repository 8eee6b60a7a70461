package org.sequestra.registry.lifecycle;

import java.time.ZoneOffset;
import java.util.List;
import org.mapstruct.Mapper;
import org.sequestra.registry.api.model.AssetStatusDto;
import org.sequestra.registry.api.model.EurEquivalentDto;
import org.sequestra.registry.api.model.LegalBasisDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.api.model.RecordedTransitionDto;
import org.sequestra.registry.api.model.RestitutionConditionsDto;
import org.sequestra.registry.api.model.TransitionDto;
import org.sequestra.registry.api.model.TransitionHistoryDto;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.EuroEquivalent;

@Mapper(componentModel = "spring")
abstract class TransitionMapper {

  RecordedTransitionDto toDto(TransitionService.Outcome outcome) {
    Asset asset = outcome.asset();
    return new RecordedTransitionDto(
        asset.getId(), status(asset), allowedAfter(asset), toDto(outcome.transition()));
  }

  TransitionHistoryDto toDto(TransitionService.History history) {
    Asset asset = history.asset();
    return new TransitionHistoryDto(
        asset.getId(),
        status(asset),
        allowedAfter(asset),
        history.transitions().stream().map(this::toDto).toList());
  }

  TransitionDto toDto(AssetTransition transition) {
    TransitionDto dto =
        new TransitionDto(
            transition.getId(),
            transition.getAssetId(),
            transition.getSequence(),
            status(transition.getFromStatus()),
            status(transition.getToStatus()),
            new LegalBasisDto()
                .orderReference(transition.getOrderReference())
                .issuingAuthority(transition.getIssuingAuthority())
                .orderDate(transition.getOrderDate()),
            transition.getExecutingCountry(),
            transition.getActor(),
            transition.getOccurredAt().atOffset(ZoneOffset.UTC),
            transition.getRecordedBy(),
            transition.getRecordedByAgency(),
            transition.getRecordedAt().atOffset(ZoneOffset.UTC));
    if (transition.getValueAmount() != null) {
      dto.setValue(
          new MoneyDto(transition.getValueAmount().toPlainString(), transition.getValueCurrency()));
      dto.setEurEquivalent(eurEquivalent(transition));
    }
    dto.setNote(transition.getNote());
    if (transition.getTitleUncontested() != null
        || transition.getNotNeededAsEvidence() != null
        || transition.getAffectedPersonsRightsNotPrejudiced() != null) {
      dto.setRestitutionConditions(
          new RestitutionConditionsDto()
              .titleUncontested(transition.getTitleUncontested())
              .notNeededAsEvidence(transition.getNotNeededAsEvidence())
              .affectedPersonsRightsNotPrejudiced(
                  transition.getAffectedPersonsRightsNotPrejudiced()));
    }
    dto.setVictimProceedingsPending(transition.getVictimProceedingsPending());
    return dto;
  }

  /** As stored with the act: the rate of its order date (or the last before), or none. */
  private static EurEquivalentDto eurEquivalent(AssetTransition transition) {
    if (EuroEquivalent.EUR.equals(transition.getValueCurrency())) {
      return new EurEquivalentDto(EurEquivalentDto.StatusEnum.ALREADY_EUR)
          .value(new MoneyDto(transition.getValueEur().toPlainString(), EuroEquivalent.EUR));
    }
    if (transition.getValueEur() == null) {
      return new EurEquivalentDto(EurEquivalentDto.StatusEnum.NO_RATE)
          .detail(
              "No euro reference rate for "
                  + transition.getValueCurrency()
                  + " on or before "
                  + transition.getOrderDate()
                  + ".");
    }
    return new EurEquivalentDto(EurEquivalentDto.StatusEnum.CONVERTED)
        .value(new MoneyDto(transition.getValueEur().toPlainString(), EuroEquivalent.EUR))
        .rate(transition.getValueEurRate().stripTrailingZeros().toPlainString())
        .rateDate(transition.getValueEurRateDate());
  }

  static List<AssetStatusDto> statuses(List<AssetStatus> statuses) {
    return statuses.stream().map(TransitionMapper::status).toList();
  }

  private static List<AssetStatusDto> allowedAfter(Asset asset) {
    return statuses(SeizureLifecycle.allowedFrom(AssetStatus.valueOf(asset.getStatus().name())));
  }

  private static AssetStatusDto status(Asset asset) {
    return AssetStatusDto.valueOf(asset.getStatus().name());
  }

  private static AssetStatusDto status(AssetStatus status) {
    return AssetStatusDto.valueOf(status.name());
  }
}
