package org.sequestra.trace.transaction;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.sequestra.platform.mapping.BoundaryMapping;
import org.sequestra.trace.api.model.AccountDto;
import org.sequestra.trace.api.model.TransactionDto;

@Mapper(config = BoundaryMapping.class)
interface TransactionMapper {

  TransactionDto toDto(TransactionView transaction);

  AccountDto toDto(TransactionView.AccountView account);

  /** Amounts leave as plain decimal strings, never in exponent form. */
  default String toText(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
