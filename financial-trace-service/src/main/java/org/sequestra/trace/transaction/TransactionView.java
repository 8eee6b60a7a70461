package org.sequestra.trace.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One stored transaction with both accounts, as the API shows it. */
record TransactionView(
    long id,
    UUID importId,
    long sourceLine,
    AccountView account,
    AccountView counterparty,
    String counterpartyName,
    String counterpartyBic,
    String direction,
    BigDecimal amount,
    String currency,
    Instant bookedAt,
    LocalDate bookingDate,
    LocalDate valueDate,
    String bankReference,
    String endToEndId,
    String remittanceInfo,
    String transactionCode,
    String batchReference,
    List<String> flags) {

  record AccountView(
      long id,
      String kind,
      String identifier,
      String chain,
      String bic,
      String bankName,
      String holderName,
      UUID registryAssetId) {}
}
