package org.sequestra.trace.importing.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * PaySim mobile-money log. {@code step} is the simulation hour. {@code CASH_IN} is money that
 * {@code nameOrig} receives from {@code nameDest} (its balance grows); every other type is money
 * {@code nameOrig} sends to {@code nameDest}. The balance columns are checked to be numbers (the
 * log writes large ones in exponent form, {@code 1.916920493E7}) but not stored.
 */
public final class PaySimParser implements StatementParser {

  static final List<String> HEADER =
      List.of(
          "step",
          "type",
          "amount",
          "nameOrig",
          "oldbalanceOrg",
          "newbalanceOrig",
          "nameDest",
          "oldbalanceDest",
          "newbalanceDest",
          "isFraud",
          "isFlaggedFraud");

  private static final Set<String> TYPES =
      Set.of("CASH_IN", "CASH_OUT", "DEBIT", "PAYMENT", "TRANSFER");
  private static final long MAX_STEP = 10_000_000;

  private final Charset charset;
  private final String currency;

  public PaySimParser(Charset charset, String currency) {
    this.charset = charset;
    this.currency = currency;
  }

  @Override
  public void parse(InputStream in, StatementSink sink) throws IOException {
    CsvReader csv = new CsvReader(new TextLines(in, charset));
    Columns.expectExactly(csv.header(), HEADER, "a PaySim log");
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      long line = csv.recordLine();
      try {
        Columns.checkWidth(record, HEADER.size());
        csv.checkText(record);
        long step = Fields.wholeNumber("step", record.get(0), MAX_STEP);
        String type = Fields.required("type", record.get(1)).toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
          throw new RejectedField(
              "type",
              "is not a PaySim type ("
                  + String.join(", ", TYPES.stream().sorted().toList())
                  + "): "
                  + Text.quote(type));
        }
        BigDecimal amount = Fields.amount("amount", record.get(2));
        String origin = Fields.required("nameOrig", record.get(3));
        Fields.decimal("oldbalanceOrg", record.get(4));
        Fields.decimal("newbalanceOrig", record.get(5));
        String destination = Fields.required("nameDest", record.get(6));
        Fields.decimal("oldbalanceDest", record.get(7));
        Fields.decimal("newbalanceDest", record.get(8));
        Instant at = Simulation.BASE.plus(step, ChronoUnit.HOURS);
        sink.accept(
            StatementLine.builder(line)
                .account(AccountRef.bank("account", origin, false, null, null, null))
                .counterparty(
                    AccountRef.bank("counterparty", destination, false, null, null, null),
                    null,
                    null)
                .direction(type.equals("CASH_IN") ? Direction.CREDIT : Direction.DEBIT)
                .amount(amount, currency)
                .booked(at, at.atOffset(ZoneOffset.UTC).toLocalDate())
                .transactionCode(type)
                .build());
      } catch (RejectedField rejected) {
        sink.reject(line, rejected.field(), rejected.reason());
      }
    }
  }
}
