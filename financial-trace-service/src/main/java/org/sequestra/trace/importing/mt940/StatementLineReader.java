package org.sequestra.trace.importing.mt940;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.Fields;
import org.sequestra.trace.importing.statement.OpeningBalance;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.Text;

/**
 * Follows the fields of MT940 messages and turns each {@code :61:} (with its {@code :86:}) into a
 * transaction once the next field shows it is complete.
 */
final class StatementLineReader {

  /** Value date, booking date, mark, funds code, amount, type, references. */
  private static final Pattern STATEMENT_LINE =
      Pattern.compile(
          "(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d{1,12},\\d{0,3})([NSF])([A-Z0-9]{3})(.*)");

  private static final Pattern OPENING_BALANCE =
      Pattern.compile("([CD])(\\d{6})([A-Z]{3})(\\d{1,15},\\d{0,3})");

  private final StatementSink sink;
  private String account;
  private String currency;
  private long pendingLine;
  private List<String> pending;
  private List<String> pendingInformation;

  StatementLineReader(StatementSink sink) {
    this.sink = sink;
  }

  void field(String tag, long line, List<String> value) {
    switch (tag) {
      case "20" -> {
        flush();
        account = null;
        currency = null;
      }
      case "25", "25P" -> account = Text.clean(value.getFirst());
      case "60F", "60M" -> {
        currency = Mt940Parser.balanceCurrency(value.getFirst());
        openingBalance(tag, line, value.getFirst());
      }
      case "61" -> {
        flush();
        pending = value;
        pendingLine = line;
      }
      case "86" -> {
        if (pending != null && pendingInformation == null) {
          pendingInformation = value;
        }
      }
      default -> flush();
    }
  }

  /**
   * {@code :60F:}/{@code :60M:}: mark (C/D), date YYMMDD, currency, amount. One that cannot be read
   * is left out: it is a help for traces, the statement's lines do not depend on it.
   */
  private void openingBalance(String tag, long line, String value) {
    Matcher balance = OPENING_BALANCE.matcher(value.strip());
    if (account == null || !balance.matches()) {
      return;
    }
    try {
      BigDecimal amount = Fields.amount(":" + tag + ": amount", balance.group(4).replace(',', '.'));
      sink.openingBalance(
          new OpeningBalance(
              line,
              AccountRef.bank("account", account, false, null, null, null),
              Fields.currency(":" + tag + ": currency", balance.group(3)),
              valueDate(balance.group(2)),
              balance.group(1).equals("D") ? amount.negate() : amount,
              "MT940_" + tag));
    } catch (RejectedField unreadable) {
      // left out, see above
    }
  }

  void endOfMessage() {
    flush();
  }

  private void flush() {
    if (pending == null) {
      return;
    }
    try {
      sink.accept(transaction());
    } catch (RejectedField rejected) {
      sink.reject(pendingLine, rejected.field(), rejected.reason());
    } finally {
      pending = null;
      pendingInformation = null;
    }
  }

  private StatementLine transaction() {
    if (account == null) {
      throw new RejectedField(":25:", "is missing: the statement names no account");
    }
    if (currency == null) {
      throw new RejectedField(
          ":60F:", "is missing or names no currency: the statement's currency is unknown");
    }
    String text = pending.getFirst().strip();
    Matcher line = STATEMENT_LINE.matcher(text);
    if (!line.matches()) {
      throw new RejectedField(":61:", "is not a valid statement line: " + Text.quote(text));
    }
    LocalDate valueDate = valueDate(line.group(1));
    LocalDate bookingDate =
        line.group(2) == null ? valueDate : bookingDate(line.group(2), valueDate);
    Direction direction =
        switch (line.group(3)) {
          case "C", "RD" -> Direction.CREDIT;
          default -> Direction.DEBIT;
        };
    BigDecimal amount = Fields.amount(":61: amount", line.group(5).replace(',', '.'));
    String references = line.group(8);
    int split = references.indexOf("//");
    String customerReference = split < 0 ? references : references.substring(0, split);
    String bankReference = split < 0 ? null : references.substring(split + 2);
    Information information = Information.parse(pendingInformation);
    StatementLine.Builder builder =
        StatementLine.builder(pendingLine)
            .account(AccountRef.bank("account", account, false, null, null, null))
            .direction(direction)
            .amount(amount, Fields.currency(":60F: currency", currency))
            .booked(bookingDate.atStartOfDay(ZoneOffset.UTC).toInstant(), bookingDate)
            .valueDate(valueDate)
            .bankReference(reference(bankReference))
            .endToEndId(
                information.endToEndId() != null
                    ? information.endToEndId()
                    : reference(customerReference))
            .remittanceInfo(information.remittance())
            .transactionCode(
                line.group(6)
                    + line.group(7)
                    + (information.code() == null ? "" : "/" + information.code())
                    + (information.postingText() == null ? "" : " " + information.postingText()));
    information.counterparty(builder);
    return builder.build();
  }

  /** {@code NONREF} is MT940's "no reference". */
  private static String reference(String value) {
    String clean = Text.clean(value);
    return clean == null || clean.equalsIgnoreCase("NONREF") ? null : clean;
  }

  private static LocalDate valueDate(String yymmdd) {
    try {
      int year = Integer.parseInt(yymmdd.substring(0, 2));
      return LocalDate.of(
          year < 70 ? 2000 + year : 1900 + year,
          Integer.parseInt(yymmdd.substring(2, 4)),
          Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      throw new RejectedField(":61: value date", "is not a date (YYMMDD): " + Text.quote(yymmdd));
    }
  }

  /** The booking date has no year: the one that puts it closest to the value date. */
  private static LocalDate bookingDate(String mmdd, LocalDate valueDate) {
    try {
      int month = Integer.parseInt(mmdd.substring(0, 2));
      int day = Integer.parseInt(mmdd.substring(2, 4));
      int year = valueDate.getYear();
      if (month == 12 && valueDate.getMonthValue() == 1) {
        year--;
      } else if (month == 1 && valueDate.getMonthValue() == 12) {
        year++;
      }
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new RejectedField(":61: booking date", "is not a date (MMDD): " + Text.quote(mmdd));
    }
  }
}
