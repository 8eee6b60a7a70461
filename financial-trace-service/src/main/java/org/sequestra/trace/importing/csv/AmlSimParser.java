package org.sequestra.trace.importing.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.Fields;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementParser;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.TextLines;

/**
 * IBM AMLSim transaction list ({@code sourceNodeId,targetNodeId,value,time}): each line a transfer
 * from the source to the target account on simulation day {@code time}.
 */
public final class AmlSimParser implements StatementParser {

  static final List<String> HEADER = List.of("sourceNodeId", "targetNodeId", "value", "time");

  private static final long MAX_DAY = 1_000_000;

  private final Charset charset;
  private final String currency;

  /**
   * @param currency what the amounts are in (the simulator names none)
   */
  public AmlSimParser(Charset charset, String currency) {
    this.charset = charset;
    this.currency = currency;
  }

  @Override
  public void parse(InputStream in, StatementSink sink) throws IOException {
    CsvReader csv = new CsvReader(new TextLines(in, charset));
    Columns.expectExactly(csv.header(), HEADER, "an AMLSim transaction list");
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      long line = csv.recordLine();
      try {
        Columns.checkWidth(record, HEADER.size());
        csv.checkText(record);
        String source = Fields.required("sourceNodeId", record.get(0));
        String target = Fields.required("targetNodeId", record.get(1));
        BigDecimal value = Fields.amount("value", record.get(2));
        long day = Fields.wholeNumber("time", record.get(3), MAX_DAY);
        Instant at = Simulation.BASE.plus(day, ChronoUnit.DAYS);
        sink.accept(
            StatementLine.builder(line)
                .account(AccountRef.bank("account", source, false, null, null, null))
                .counterparty(
                    AccountRef.bank("counterparty", target, false, null, null, null), null, null)
                .direction(Direction.DEBIT)
                .amount(value, currency)
                .booked(at, at.atOffset(ZoneOffset.UTC).toLocalDate())
                .build());
      } catch (RejectedField rejected) {
        sink.reject(line, rejected.field(), rejected.reason());
      }
    }
  }
}
