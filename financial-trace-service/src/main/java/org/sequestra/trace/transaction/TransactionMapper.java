package org.sequestra.trace.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.sequestra.trace.api.model.AccountDto;
import org.sequestra.trace.api.model.TransactionDto;

@Mapper(componentModel = "spring")
interface TransactionMapper {

  TransactionDto toDto(TransactionView transaction);

  AccountDto toDto(TransactionView.AccountView account);

  default OffsetDateTime toOffsetDateTime(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** Amounts leave as plain decimal strings, never in exponent form. */
  default String toText(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
