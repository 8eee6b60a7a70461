package org.sequestra.trace.importing.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sequestra.platform.text.ControlCharacters;

/**
 * One normalised transaction, whatever file it came from.
 *
 * @param lineNumber 1-based line of the file where the record starts (evidence)
 * @param account the account the statement is about; never {@code null}
 * @param counterparty the other side's account, {@code null} when the record names none
 * @param counterpartyName the other side's name as this record gives it
 * @param counterpartyBic the other side's bank as this record gives it
 * @param amount positive, never scaled below 0
 * @param currency ISO 4217 code, or a crypto asset symbol
 * @param bookingDate the bank's booking date (in the bank's time zone where the file has one)
 * @param bankReference the bank's reference of the entry, {@code null} when the file has none
 * @param flags problems that did not stop the import (invalid IBAN, ...), never {@code null}
 */
public record StatementLine(
    long lineNumber,
    AccountRef account,
    AccountRef counterparty,
    String counterpartyName,
    String counterpartyBic,
    Direction direction,
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

  public StatementLine {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(bookedAt, "bookedAt");
    Objects.requireNonNull(bookingDate, "bookingDate");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
    flags = List.copyOf(flags);
  }

  public static Builder builder(long lineNumber) {
    return new Builder(lineNumber);
  }

  /** Collects the fields of one record; {@link #build()} adds the flags of both accounts. */
  public static final class Builder {

    private final long lineNumber;
    private AccountRef account;
    private AccountRef counterparty;
    private String counterpartyName;
    private String counterpartyBic;
    private Direction direction;
    private BigDecimal amount;
    private String currency;
    private Instant bookedAt;
    private LocalDate bookingDate;
    private LocalDate valueDate;
    private String bankReference;
    private String endToEndId;
    private String remittanceInfo;
    private String transactionCode;
    private String batchReference;
    private final List<String> flags = new ArrayList<>(0);

    private Builder(long lineNumber) {
      this.lineNumber = lineNumber;
    }

    public Builder account(AccountRef account) {
      this.account = account;
      return this;
    }

    /**
     * The other side: its account (may be {@code null}), name and bank as this record gives them.
     */
    public Builder counterparty(AccountRef counterparty, String name, String bic) {
      this.counterparty = counterparty;
      this.counterpartyName = Text.clean(name);
      this.counterpartyBic =
          counterparty != null && counterparty.bic() != null
              ? counterparty.bic()
              : AccountRef.bic("counterparty", bic, flags);
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    public Builder amount(BigDecimal amount, String currency) {
      this.amount = Fields.withMinorUnits(amount, currency);
      this.currency = currency;
      return this;
    }

    public Builder booked(Instant at, LocalDate date) {
      this.bookedAt = at;
      this.bookingDate = date;
      return this;
    }

    public Builder valueDate(LocalDate valueDate) {
      this.valueDate = valueDate;
      return this;
    }

    public Builder bankReference(String bankReference) {
      this.bankReference = Text.clean(bankReference);
      return this;
    }

    public Builder endToEndId(String endToEndId) {
      String clean = Text.clean(endToEndId);
      // ISO 20022's placeholder for "the payer gave none".
      this.endToEndId = "NOTPROVIDED".equalsIgnoreCase(clean) ? null : clean;
      return this;
    }

    public Builder remittanceInfo(String remittanceInfo) {
      this.remittanceInfo = Text.clean(remittanceInfo);
      return this;
    }

    public Builder transactionCode(String transactionCode) {
      this.transactionCode = Text.clean(transactionCode);
      return this;
    }

    public Builder batchReference(String batchReference) {
      this.batchReference = Text.clean(batchReference);
      return this;
    }

    public Builder flag(String flag) {
      flags.add(flag);
      return this;
    }

    /**
     * @throws RejectedField when a value is longer than the dataset stores
     */
    public StatementLine build() {
      List<String> all = flags;
      if (!account.flags().isEmpty() || (counterparty != null && !counterparty.flags().isEmpty())) {
        all = new ArrayList<>(flags);
        all.addAll(account.flags());
        if (counterparty != null) {
          all.addAll(counterparty.flags());
        }
      }
      checkText("account", account.identifier());
      checkText("account holder", account.holderName());
      checkText("account bank", account.bankName());
      checkText("account BIC", account.bic());
      if (counterparty != null) {
        checkText("counterparty account", counterparty.identifier());
        checkText("counterparty bank", counterparty.bankName());
      }
      checkText("counterparty name", counterpartyName);
      checkText("counterparty BIC", counterpartyBic);
      checkText("currency", currency);
      checkText("bank reference", bankReference);
      checkText("end-to-end id", endToEndId);
      checkText("remittance information", remittanceInfo);
      checkText("transaction code", transactionCode);
      checkText("batch reference", batchReference);
      checkLength("account", account.identifier(), 100);
      checkLength("account holder", account.holderName(), 500);
      checkLength("account bank", account.bankName(), 500);
      checkLength("account BIC", account.bic(), 35);
      if (counterparty != null) {
        checkLength("counterparty account", counterparty.identifier(), 100);
        checkLength("counterparty bank", counterparty.bankName(), 500);
      }
      checkLength("counterparty name", counterpartyName, 500);
      checkLength("counterparty BIC", counterpartyBic, 35);
      checkLength("currency", currency, 16);
      checkLength("bank reference", bankReference, 200);
      checkLength("end-to-end id", endToEndId, 200);
      checkLength("transaction code", transactionCode, 64);
      checkLength("batch reference", batchReference, 200);
      return new StatementLine(
          lineNumber,
          account,
          counterparty,
          counterpartyName,
          counterpartyBic,
          direction,
          amount,
          currency,
          bookedAt,
          bookingDate,
          valueDate,
          bankReference,
          endToEndId,
          remittanceInfo,
          transactionCode,
          batchReference,
          all);
    }

    /** The platform's text rule: no C0 control other than tab, line feed, carriage return. */
    private static void checkText(String field, String value) {
      String reason = ControlCharacters.reason(value);
      if (reason != null) {
        throw new RejectedField(field, reason);
      }
    }

    private static void checkLength(String field, String value, int max) {
      if (value != null && value.length() > max) {
        throw new RejectedField(field, "is longer than " + max + " characters");
      }
    }
  }
}
