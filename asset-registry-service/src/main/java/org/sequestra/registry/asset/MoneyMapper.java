package org.sequestra.registry.asset;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.EurEquivalentDto;
import org.sequestra.registry.api.model.MoneyDto;
import org.sequestra.registry.mapping.PlainDecimals;

/** Amounts and their euro equivalents as the contract writes them; shared by assets and acts. */
@Mapper(config = BoundaryMapping.class, uses = PlainDecimals.class)
public abstract class MoneyMapper {

  @Mapping(target = "value", source = "eurAmount")
  public abstract EurEquivalentDto toDto(EuroEquivalent equivalent);

  /** An amount in euro. */
  public MoneyDto euros(BigDecimal eurAmount) {
    return eurAmount == null ? null : money(eurAmount, EuroEquivalent.EUR);
  }

  /** An amount as written, without rounding or exponent. */
  public static MoneyDto money(BigDecimal amount, String currency) {
    return amount == null ? null : new MoneyDto(amount.toPlainString(), currency);
  }

  MoneyDto money(Valuation valuation) {
    return money(valuation.getAmount(), valuation.getCurrency());
  }
}
