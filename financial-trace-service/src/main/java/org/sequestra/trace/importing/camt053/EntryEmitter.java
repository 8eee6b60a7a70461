package org.sequestra.trace.importing.camt053;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.Fields;
import org.sequestra.trace.importing.statement.OpeningBalance;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.Text;

/**
 * Turns one read entry into transactions: the entry itself when it has at most one batch detail
 * (with the entry's booked amount), one per detail otherwise (with each detail's amount).
 */
final class EntryEmitter {

  private final StatementSink sink;

  EntryEmitter(StatementSink sink) {
    this.sink = sink;
  }

  void emit(Statement statement, Entry entry) {
    Booking booking;
    try {
      booking = booking(statement, entry);
    } catch (RejectedField rejected) {
      sink.reject(entry.line, rejected.field(), rejected.reason());
      return;
    }
    if (entry.details.size() <= 1) {
      Detail detail = entry.details.isEmpty() ? null : entry.details.getFirst();
      emit(
          entry.line,
          booking,
          entry,
          detail,
          booking.direction,
          booking.amount,
          firstNonNull(entry.servicerReference, detail == null ? null : detail.servicerReference),
          List.of());
      return;
    }
    split(booking, entry);
  }

  /**
   * A batch entry: one transaction per detail, each with its own amount in the entry's currency.
   */
  private void split(Booking booking, Entry entry) {
    List<BigDecimal> amounts = new ArrayList<>(entry.details.size());
    BigDecimal signedSum = BigDecimal.ZERO;
    for (Detail detail : entry.details) {
      BigDecimal amount = null;
      try {
        amount = detailAmount(detail, booking.currency);
        Direction direction = direction(detail.creditDebit, booking.direction);
        signedSum = signedSum.add(direction == booking.direction ? amount : amount.negate());
      } catch (RejectedField rejected) {
        sink.reject(detail.line, rejected.field(), rejected.reason());
      }
      amounts.add(amount);
    }
    List<String> flags =
        signedSum.compareTo(booking.amount) == 0
            ? List.of()
            : List.of(
                "batch details add up to "
                    + signedSum.toPlainString()
                    + " "
                    + booking.currency
                    + " but the entry books "
                    + booking.amount.toPlainString());
    for (int i = 0; i < entry.details.size(); i++) {
      BigDecimal amount = amounts.get(i);
      if (amount == null) {
        continue;
      }
      Detail detail = entry.details.get(i);
      String reference =
          detail.servicerReference != null
              ? detail.servicerReference
              : entry.servicerReference == null ? null : entry.servicerReference + "/" + (i + 1);
      emit(
          detail.line,
          booking,
          entry,
          detail,
          direction(detail.creditDebit, booking.direction),
          amount,
          reference,
          flags);
    }
  }

  private static BigDecimal detailAmount(Detail detail, String currency) {
    for (String[] candidate : detail.amounts) {
      if (currency.equalsIgnoreCase(Objects.requireNonNullElse(candidate[1], ""))) {
        return Fields.amount("TxDtls/Amt", candidate[0]);
      }
    }
    throw new RejectedField(
        "TxDtls/Amt",
        "is missing or not in the entry's currency "
            + currency
            + ": a batch entry is split by the amounts of its details");
  }

  private void emit(
      long line,
      Booking booking,
      Entry entry,
      Detail detail,
      Direction direction,
      BigDecimal amount,
      String bankReference,
      List<String> flags) {
    try {
      StatementLine.Builder builder =
          StatementLine.builder(line)
              .account(booking.account)
              .direction(direction)
              .amount(amount, booking.currency)
              .booked(booking.booked.at(), booking.booked.date())
              .valueDate(booking.valueDate)
              .bankReference(bankReference)
              .transactionCode(transactionCode(entry))
              .batchReference(
                  firstNonNull(
                      entry.batchPaymentInfoId,
                      entry.batchMessageId,
                      detail == null ? null : detail.paymentInfoId));
      flags.forEach(builder::flag);
      if (detail == null) {
        builder.remittanceInfo(entry.additionalInfo);
      } else {
        counterparty(builder, detail, direction, booking.account);
        builder
            .endToEndId(detail.endToEndId)
            .remittanceInfo(
                firstNonNull(
                    joined(detail.unstructured),
                    joined(detail.structured),
                    detail.additionalInfo,
                    entry.additionalInfo));
      }
      sink.accept(builder.build());
    } catch (RejectedField rejected) {
      sink.reject(line, rejected.field(), rejected.reason());
    }
  }

  /**
   * The other side is the debtor of a credit and the creditor of a debit. Some banks name only the
   * wrong side (a return, or the payee of a credit): then that side, unless it is the account
   * itself.
   */
  private static void counterparty(
      StatementLine.Builder builder, Detail detail, Direction direction, AccountRef own) {
    Detail.Party expected = direction == Direction.CREDIT ? detail.debtor : detail.creditor;
    Detail.Party other = direction == Direction.CREDIT ? detail.creditor : detail.debtor;
    Detail.Party party = expected;
    if (!expected.named() && other.named() && !isOwn(other, own)) {
      party = other;
    }
    AccountRef account =
        party.iban != null
            ? AccountRef.bank(
                "counterparty", party.iban, true, party.agentBic, party.agentName, party.name)
            : AccountRef.bank(
                "counterparty", party.otherId, false, party.agentBic, party.agentName, party.name);
    builder.counterparty(account, party.name, party.agentBic);
  }

  private static boolean isOwn(Detail.Party party, AccountRef own) {
    String id = party.iban != null ? party.iban : party.otherId;
    return id != null && id.replace(" ", "").equalsIgnoreCase(own.identifier());
  }

  /**
   * The statement's opening balance ({@code OPBD}); other balances and unreadable ones are left.
   */
  void balance(Statement statement) {
    Statement.Balance balance = statement.balance;
    if (balance.type == null || !balance.type.strip().equals("OPBD")) {
      return;
    }
    try {
      AccountRef account = account(statement);
      Direction side = direction(balance.creditDebit, null);
      if (account == null || side == null) {
        return;
      }
      BigDecimal amount = Fields.amount("Bal/Amt", balance.amount);
      String currency = Fields.currency("Bal/Amt/@Ccy", balance.currency);
      LocalDate date =
          balance.date != null
              ? Fields.date("Bal/Dt/Dt", balance.date)
              : Fields.booked("Bal/Dt/DtTm", balance.dateTime).date();
      sink.openingBalance(
          new OpeningBalance(
              balance.line,
              account,
              currency,
              date,
              side == Direction.CREDIT ? amount : amount.negate(),
              "CAMT053_OPBD"));
    } catch (RejectedField unreadable) {
      // An opening balance is a help for traces, not a record: without it they replay from zero.
    }
  }

  private static AccountRef account(Statement statement) {
    if (statement.iban != null) {
      return AccountRef.bank(
          "account", statement.iban, true, statement.bic, statement.bankName, statement.owner);
    }
    return AccountRef.bank(
        "account", statement.otherId, false, statement.bic, statement.bankName, statement.owner);
  }

  /** What every transaction of the entry shares: account, direction, amount, dates. */
  private static Booking booking(Statement statement, Entry entry) {
    AccountRef account = account(statement);
    if (account == null) {
      throw new RejectedField("Stmt/Acct/Id", "is missing: the statement names no account");
    }
    if (entry.status != null && !entry.status.strip().equals("BOOK")) {
      throw new RejectedField(
          "Ntry/Sts", "is " + entry.status.strip() + ": only booked (BOOK) entries are imported");
    }
    BigDecimal amount = Fields.amount("Ntry/Amt", entry.amount);
    String currency = Fields.currency("Ntry/Amt/@Ccy", entry.currency);
    Direction direction = direction(entry.creditDebit, null);
    if (direction == null) {
      throw new RejectedField(
          "Ntry/CdtDbtInd", "must be CRDT or DBIT: " + Text.quote(entry.creditDebit));
    }
    Fields.Booked booked;
    if (entry.bookingDateTime != null) {
      booked = Fields.booked("Ntry/BookgDt/DtTm", entry.bookingDateTime);
    } else if (entry.bookingDate != null) {
      booked = Fields.booked("Ntry/BookgDt/Dt", date("Ntry/BookgDt/Dt", entry.bookingDate));
    } else if (entry.valueDate != null) {
      booked = Fields.booked("Ntry/ValDt/Dt", date("Ntry/ValDt/Dt", entry.valueDate));
    } else {
      throw new RejectedField("Ntry/BookgDt", "is missing");
    }
    LocalDate valueDate = null;
    if (entry.valueDate != null) {
      valueDate = Fields.date("Ntry/ValDt/Dt", date("Ntry/ValDt/Dt", entry.valueDate));
    } else if (entry.valueDateTime != null) {
      valueDate = Fields.booked("Ntry/ValDt/DtTm", entry.valueDateTime).date();
    }
    return new Booking(account, direction, amount, currency, booked, valueDate);
  }

  /** ISO dates may carry an offset ({@code 2014-12-31+01:00}); the date is what counts. */
  private static String date(String field, String value) {
    String clean = Fields.required(field, value);
    return clean.length() > 10 ? clean.substring(0, 10) : clean;
  }

  private static Direction direction(String creditDebit, Direction otherwise) {
    if (creditDebit == null) {
      return otherwise;
    }
    return switch (creditDebit.strip()) {
      case "CRDT" -> Direction.CREDIT;
      case "DBIT" -> Direction.DEBIT;
      default -> otherwise;
    };
  }

  private static String transactionCode(Entry entry) {
    if (entry.domain != null) {
      return Stream.of(entry.domain, entry.family, entry.subFamily)
          .filter(Objects::nonNull)
          .collect(Collectors.joining("/"));
    }
    return entry.proprietaryCode;
  }

  private static String joined(List<String> parts) {
    String joined =
        parts.stream().map(Text::clean).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private record Booking(
      AccountRef account,
      Direction direction,
      BigDecimal amount,
      String currency,
      Fields.Booked booked,
      LocalDate valueDate) {}
}
