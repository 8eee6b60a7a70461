package org.sequestra.freezing.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import org.sequestra.freezing.registry.client.model.FreezingEffectAssetDto;
import org.sequestra.freezing.registry.client.model.FreezingEffectDto;
import org.sequestra.freezing.registry.client.model.FreezingEffectKindDto;
import org.sequestra.freezing.registry.client.model.LegalBasisDto;
import org.sequestra.freezing.registry.client.model.MoneyDto;

/** An outbox effect as the registry's contract states it. */
final class RegistryEffectMapper {

  private RegistryEffectMapper() {}

  /**
   * @param committedAt when the request's change was stored (the outbox row's time): the act's time
   *     for the registry's lifecycle
   */
  static FreezingEffectDto toDto(RegistryEffect effect, Instant committedAt) {
    FreezingEffectDto dto =
        new FreezingEffectDto()
            .freezingRequestId(effect.requestId())
            .kind(FreezingEffectKindDto.valueOf(effect.kind().name()))
            .caseId(effect.caseId())
            .issuingAgency(effect.issuingAgency())
            .executingAgency(effect.executingAgency())
            .reason(effect.reason() == null || effect.reason().isBlank() ? null : effect.reason())
            .occurredAt(committedAt.atOffset(ZoneOffset.UTC));
    for (RegistryEffect.AssetEffect asset : effect.assets()) {
      FreezingEffectAssetDto named = new FreezingEffectAssetDto().assetId(asset.assetId());
      if (asset.valueAmount() != null) {
        named.value(
            new MoneyDto()
                .amount(asset.valueAmount().toPlainString())
                .currency(asset.valueCurrency()));
      }
      dto.addAssetsItem(named);
    }
    RegistryEffect.LegalBasis basis = effect.basis();
    if (basis != null) {
      dto.legalBasis(
          new LegalBasisDto()
              .orderReference(basis.orderReference())
              .issuingAuthority(basis.authority())
              .orderDate(basis.orderDate()));
    }
    return dto;
  }
}
