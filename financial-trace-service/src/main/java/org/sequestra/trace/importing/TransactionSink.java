package org.sequestra.trace.importing;

import java.util.UUID;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.OpeningBalance;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementSink;

/**
 * Turns a parser's output into rows of the transaction table, as they stream in: account ids from
 * the {@link AccountDirectory}, dedup keys from {@link DedupKeys}, encoded for a binary COPY either
 * straight into {@code transaction} or into the staging table (which then has a leading {@code seq}
 * column). Rejected records go to the {@link RejectionFile}. Records are numbered in file order,
 * accepted and rejected alike.
 */
final class TransactionSink implements StatementSink {

  /** The transaction table's columns an import writes, in the order of the rows. */
  static final String COLUMNS =
      "dataset_id, import_id, source_line, account_id, counterparty_account_id, counterparty_name,"
          + " counterparty_bic, direction, amount, currency, booked_at, booking_date, value_date,"
          + " bank_reference, end_to_end_id, remittance_info, transaction_code, batch_reference,"
          + " flags, dedup_key";

  private static final int COLUMN_COUNT = 20;

  private final CopyRows rows;
  private final boolean staged;
  private final UUID datasetId;
  private final UUID importId;
  private final AccountDirectory accounts;
  private final DedupKeys keys;
  private final RejectionFile rejections;
  private final ImportProgress progress;
  private final OpeningBalances openingBalances = new OpeningBalances();
  private long seq;
  private long accepted;
  private long flagged;
  private long rejected;

  TransactionSink(
      CopyRows rows,
      boolean staged,
      UUID datasetId,
      UUID importId,
      AccountDirectory accounts,
      DedupKeys keys,
      RejectionFile rejections,
      ImportProgress progress) {
    this.rows = rows;
    this.staged = staged;
    this.datasetId = datasetId;
    this.importId = importId;
    this.accounts = accounts;
    this.keys = keys;
    this.rejections = rejections;
    this.progress = progress;
  }

  @Override
  public void accept(StatementLine line) {
    seq++;
    long accountId = accounts.id(line.account());
    AccountRef counterparty = line.counterparty();
    Long counterpartyId = counterparty == null ? null : accounts.id(counterparty);
    String dedupKey = keys.key(line, accountId);
    if (staged) {
      rows.row(COLUMN_COUNT + 1).int8(seq);
    } else {
      rows.row(COLUMN_COUNT);
    }
    rows.uuid(datasetId)
        .uuid(importId)
        .int8(line.lineNumber())
        .int8(accountId)
        .int8(counterpartyId)
        .text(line.counterpartyName())
        .text(line.counterpartyBic())
        .text(line.direction().name())
        .numeric(line.amount())
        .text(line.currency())
        .timestamptz(line.bookedAt())
        .date(line.bookingDate())
        .date(line.valueDate())
        .text(line.bankReference())
        .text(line.endToEndId())
        .text(line.remittanceInfo())
        .text(line.transactionCode())
        .text(line.batchReference())
        .text(line.flags().isEmpty() ? null : String.join("\n", line.flags()))
        .text(dedupKey);
    accepted++;
    if (!line.flags().isEmpty()) {
      flagged++;
    }
    progress.rows(accepted + rejected, rejected);
  }

  @Override
  public void reject(long lineNumber, String field, String reason) {
    rejections.add(++seq, lineNumber, field, reason);
    rejected++;
    progress.rows(accepted + rejected, rejected);
  }

  @Override
  public void openingBalance(OpeningBalance balance) {
    openingBalances.add(
        new OpeningBalances.Row(
            accounts.id(balance.account()),
            balance.currency(),
            balance.date(),
            balance.amount(),
            balance.source(),
            balance.lineNumber()));
  }

  /** The file's opening balances, to save once its accounts are. */
  OpeningBalances openingBalances() {
    return openingBalances;
  }

  /** Sends the last rows. */
  void finish() {
    rows.finish();
  }

  long accepted() {
    return accepted;
  }

  /** Accepted records that carry flags. */
  long flagged() {
    return flagged;
  }

  long rejected() {
    return rejected;
  }
}
