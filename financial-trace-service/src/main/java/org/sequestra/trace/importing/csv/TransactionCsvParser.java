package org.sequestra.trace.importing.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sequestra.trace.importing.statement.AccountCache;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.Fields;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementParser;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.Text;
import org.sequestra.trace.importing.statement.TextLines;

/**
 * Sequestra's own CSV layout (documented in the API contract): a header naming the columns in any
 * order; {@code direction} may be left out, then the sign of {@code amount} decides.
 */
public final class TransactionCsvParser implements StatementParser {

  static final List<String> REQUIRED = List.of("account", "amount", "currency", "booked_at");
  static final Set<String> OPTIONAL =
      Set.of(
          "account_bic",
          "account_holder",
          "counterparty_account",
          "counterparty_bic",
          "counterparty_name",
          "direction",
          "value_date",
          "bank_reference",
          "end_to_end_id",
          "remittance_info");

  private final Charset charset;
  private final AccountCache accounts = new AccountCache();
  private String currencyRead;
  private String currency;

  public TransactionCsvParser(Charset charset) {
    this.charset = charset;
  }

  @Override
  public void parse(InputStream in, StatementSink sink) throws IOException {
    CsvReader csv = new CsvReader(new TextLines(in, charset));
    Columns columns = Columns.of(csv.header(), REQUIRED, OPTIONAL, "Sequestra transaction CSV");
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      long line = csv.recordLine();
      try {
        columns.checkWidth(record);
        csv.checkText(record);
        sink.accept(line(line, columns, record));
      } catch (RejectedField rejected) {
        sink.reject(line, rejected.field(), rejected.reason());
      }
    }
  }

  private StatementLine line(long line, Columns columns, List<String> record) {
    AccountRef account =
        accounts.bank(
            "account",
            Fields.required("account", columns.get(record, "account")),
            false,
            columns.get(record, "account_bic"),
            null,
            columns.get(record, "account_holder"));
    BigDecimal amount = Fields.decimal("amount", columns.get(record, "amount"));
    String direction = Text.clean(columns.get(record, "direction"));
    Direction way;
    if (direction == null) {
      way = amount.signum() < 0 ? Direction.DEBIT : Direction.CREDIT;
      amount = amount.abs();
    } else {
      way =
          switch (direction.toUpperCase(Locale.ROOT)) {
            case "DEBIT" -> Direction.DEBIT;
            case "CREDIT" -> Direction.CREDIT;
            default ->
                throw new RejectedField(
                    "direction", "must be DEBIT or CREDIT: " + Text.quote(direction));
          };
      if (amount.signum() < 0) {
        throw new RejectedField(
            "amount", "must not be negative when a direction is given: " + amount.toPlainString());
      }
    }
    String currency = currency(columns.get(record, "currency"));
    Fields.Booked booked = Fields.booked("booked_at", columns.get(record, "booked_at"));
    String valueDate = Text.clean(columns.get(record, "value_date"));
    String counterpartyName = columns.get(record, "counterparty_name");
    String counterpartyBic = columns.get(record, "counterparty_bic");
    return StatementLine.builder(line)
        .account(account)
        .counterparty(
            accounts.bank(
                "counterparty",
                columns.get(record, "counterparty_account"),
                false,
                counterpartyBic,
                null,
                counterpartyName),
            counterpartyName,
            counterpartyBic)
        .direction(way)
        .amount(amount, currency)
        .booked(booked.at(), booked.date())
        .valueDate(valueDate == null ? null : Fields.date("value_date", valueDate))
        .bankReference(columns.get(record, "bank_reference"))
        .endToEndId(columns.get(record, "end_to_end_id"))
        .remittanceInfo(columns.get(record, "remittance_info"))
        .build();
  }

  /** Files hold one currency or a few: the last one read is not checked again. */
  private String currency(String value) {
    if (value == null || !value.equals(currencyRead)) {
      currency = Fields.currency("currency", value);
      currencyRead = value;
    }
    return currency;
  }
}
