package org.sequestra.trace.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementSink;

/**
 * A temporary table that a parser's output streams into with PostgreSQL {@code COPY}: accepted
 * transactions (kind T) and rejected records (kind R), in file order. It lives in the import's
 * transaction and disappears with it.
 */
final class StagingTable implements StatementSink {

  static final String NAME = "import_staging";

  private static final String COLUMNS =
      "seq, line_number, row_kind, account_kind, account_identifier, account_chain, account_bic,"
          + " account_bank_name, account_holder_name, cp_kind, cp_identifier, cp_chain, cp_bic,"
          + " cp_bank_name, cp_holder_name, counterparty_name, counterparty_bic, direction, amount,"
          + " currency, booked_at, booking_date, value_date, bank_reference, end_to_end_id,"
          + " remittance_info, transaction_code, batch_reference, flags, reject_field,"
          + " reject_reason";

  private static final String CREATE =
      "create temp table "
          + NAME
          + " (seq bigint not null, line_number bigint not null, row_kind text not null,"
          + " account_kind text, account_identifier text, account_chain text, account_bic text,"
          + " account_bank_name text, account_holder_name text, cp_kind text, cp_identifier text,"
          + " cp_chain text, cp_bic text, cp_bank_name text, cp_holder_name text,"
          + " counterparty_name text, counterparty_bic text, direction text, amount numeric,"
          + " currency text, booked_at timestamptz, booking_date date, value_date date,"
          + " bank_reference text, end_to_end_id text, remittance_info text,"
          + " transaction_code text, batch_reference text, flags text, reject_field text,"
          + " reject_reason text) on commit drop";

  private static final int COLUMN_COUNT = 31;

  private final PGCopyOutputStream copy;
  private final ImportProgress progress;
  private final StringBuilder row = new StringBuilder(512);
  private long seq;
  private long accepted;
  private long rejected;

  private StagingTable(PGCopyOutputStream copy, ImportProgress progress) {
    this.copy = copy;
    this.progress = progress;
  }

  /** Creates the table in the connection's open transaction and starts the COPY into it. */
  static StagingTable open(Connection connection, ImportProgress progress) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    }
    PGCopyOutputStream copy =
        new PGCopyOutputStream(
            connection.unwrap(PGConnection.class),
            "copy " + NAME + " (" + COLUMNS + ") from stdin",
            1 << 16);
    return new StagingTable(copy, progress);
  }

  @Override
  public void accept(StatementLine line) {
    row.setLength(0);
    field(++seq).field(line.lineNumber()).field("T");
    account(line.account());
    account(line.counterparty());
    field(line.counterpartyName())
        .field(line.counterpartyBic())
        .field(line.direction().name())
        .field(line.amount().toPlainString())
        .field(line.currency())
        .field(line.bookedAt().toString())
        .field(line.bookingDate().toString())
        .field(line.valueDate() == null ? null : line.valueDate().toString())
        .field(line.bankReference())
        .field(line.endToEndId())
        .field(line.remittanceInfo())
        .field(line.transactionCode())
        .field(line.batchReference())
        .field(line.flags().isEmpty() ? null : String.join("\n", line.flags()))
        .field(null)
        .last(null);
    write();
    accepted++;
    progress.rows(accepted + rejected, rejected);
  }

  @Override
  public void reject(long lineNumber, String field, String reason) {
    row.setLength(0);
    field(++seq).field(lineNumber).field("R");
    for (int i = 3; i < COLUMN_COUNT - 2; i++) {
      field(null);
    }
    field(field).last(reason);
    write();
    rejected++;
    progress.rows(accepted + rejected, rejected);
  }

  long accepted() {
    return accepted;
  }

  long rejected() {
    return rejected;
  }

  /** Ends the COPY: everything written is now in the table. */
  void finish() throws SQLException {
    copy.endCopy();
  }

  /** Abandons an unfinished COPY so that the transaction can be rolled back. */
  void abort() {
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException ignored) {
        // the rollback that follows discards the table anyway
      }
    }
  }

  private void account(AccountRef account) {
    if (account == null) {
      field(null).field(null).field(null).field(null).field(null).field(null);
    } else {
      field(account.kind().name())
          .field(account.identifier())
          .field(account.chain())
          .field(account.bic())
          .field(account.bankName())
          .field(account.holderName());
    }
  }

  private StagingTable field(long value) {
    row.append(value).append('\t');
    return this;
  }

  private StagingTable field(String value) {
    escaped(value);
    row.append('\t');
    return this;
  }

  private void last(String value) {
    escaped(value);
    row.append('\n');
  }

  /** COPY text format: {@code \N} is null; backslash, tab and line breaks are escaped. */
  private void escaped(String value) {
    if (value == null) {
      row.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
  }

  private void write() {
    try {
      copy.write(row.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("COPY into the staging table failed", e);
    }
  }
}
