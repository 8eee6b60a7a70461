package org.sequestra.registry.asset;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.registry.api.model.EurEquivalentDto;
import org.sequestra.registry.api.model.MoneyDto;

/** Amounts and their euro equivalents as the contract writes them; shared by assets and acts. */
@Mapper(config = BoundaryMapping.class)
public abstract class MoneyMapper {

  @Mapping(target = "value", source = "eurAmount")
  @Mapping(target = "rate", source = "rate", qualifiedByName = "plain")
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

  /** A rate without the trailing zeros of its storage scale: 1.0956, not 1.095600. */
  @Named("plain")
  String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
