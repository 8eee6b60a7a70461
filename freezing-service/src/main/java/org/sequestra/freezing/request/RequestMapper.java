package org.sequestra.freezing.request;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.DisposalShareDto;
import org.sequestra.freezing.api.model.FreezingRequestDto;
import org.sequestra.freezing.api.model.MoneyDto;
import org.sequestra.freezing.api.model.RequestDelayNoticeDto;
import org.sequestra.freezing.api.model.RequestDraftDto;
import org.sequestra.freezing.lifecycle.DisposalShare;
import org.sequestra.freezing.money.Money;
import org.sequestra.platform.mapping.BoundaryMapping;

/** Requests and their certificates across the boundary; the certificate's sections map by name. */
@Mapper(config = BoundaryMapping.class)
public interface RequestMapper {

  RequestDraft toDraft(RequestDraftDto draft);

  FreezingRequestDto toDto(RequestView view);

  RequestDelayNoticeDto toDto(RequestDelayNotice notice);

  default Money toMoney(MoneyDto money) {
    return money == null ? null : new Money(new BigDecimal(money.getAmount()), money.getCurrency());
  }

  default MoneyDto toDto(Money money) {
    return money == null ? null : new MoneyDto(money.amount().toPlainString(), money.currency());
  }

  /** Art 30(7) shares are computed in euro. */
  default DisposalShareDto toDto(DisposalShare share) {
    if (share == null) {
      return null;
    }
    return new DisposalShareDto(
            DisposalShareDto.RuleEnum.valueOf(share.rule().name()), euro(share.amountObtained()))
        .executingStateShare(euro(share.executingStateShare()))
        .issuingStateShare(euro(share.issuingStateShare()));
  }

  private static MoneyDto euro(BigDecimal amount) {
    return amount == null ? null : new MoneyDto(amount.toPlainString(), "EUR");
  }
}
