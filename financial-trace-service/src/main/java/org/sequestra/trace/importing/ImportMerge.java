package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Moves a filled staging table into the dataset, in the import's transaction: rejections, then the
 * accounts, then the transactions that are not in the dataset yet.
 */
final class ImportMerge {

  private static final String REJECTIONS =
      "insert into import_rejection (import_id, seq, line_number, field, reason)"
          + " select ?, seq, line_number, left(reject_field, 100), reject_reason"
          + " from import_staging where row_kind = 'R'";

  /** Both sides of every transaction; what a later file adds fills what an earlier one left out. */
  private static final String ACCOUNTS =
      """
      insert into account (dataset_id, kind, identifier, chain, bic, bank_name, holder_name)
      select ?, kind, identifier, chain, min(bic), min(bank_name), min(holder_name)
      from (
        select account_kind kind, account_identifier identifier, account_chain chain,
               account_bic bic, account_bank_name bank_name, account_holder_name holder_name
        from import_staging where row_kind = 'T'
        union all
        select cp_kind, cp_identifier, cp_chain, cp_bic, cp_bank_name, cp_holder_name
        from import_staging where row_kind = 'T' and cp_identifier is not null
      ) named
      group by kind, identifier, chain
      order by kind, identifier, chain
      on conflict (dataset_id, kind, identifier, chain) do update
        set bic = coalesce(account.bic, excluded.bic),
            bank_name = coalesce(account.bank_name, excluded.bank_name),
            holder_name = coalesce(account.holder_name, excluded.holder_name)
        where (account.bic is null and excluded.bic is not null)
           or (account.bank_name is null and excluded.bank_name is not null)
           or (account.holder_name is null and excluded.holder_name is not null)
      """;

  private static final String DATASET_ACCOUNTS =
      "create temp table import_accounts on commit drop as"
          + " select id, kind, identifier, chain from account where dataset_id = ?";

  /**
   * The dedup key is the bank reference; where there is none, a hash of the entry's content plus
   * its occurrence number among identical entries of the file, so that re-importing the file (or an
   * overlapping one) finds the same keys while genuinely repeated entries stay apart.
   */
  private static final String TRANSACTIONS =
      """
      with staged as (
        select s.*, a.id account_id, c.id counterparty_account_id,
               md5(concat_ws('|', s.cp_kind, s.cp_identifier, s.counterparty_name,
                   extract(epoch from s.booked_at)::text, s.end_to_end_id, s.remittance_info,
                   s.transaction_code, s.batch_reference, s.currency)) content
        from import_staging s
        join import_accounts a on a.kind = s.account_kind
          and a.identifier = s.account_identifier and a.chain is not distinct from s.account_chain
        left join import_accounts c on c.kind = s.cp_kind
          and c.identifier = s.cp_identifier and c.chain is not distinct from s.cp_chain
        where s.row_kind = 'T'
      ), keyed as (
        select staged.*,
               coalesce('ref:' || bank_reference,
                        'auto:' || content || ':' || row_number() over (
                          partition by account_id, direction, amount, booking_date, content
                          order by seq)) dedup_key
        from staged
      ), inserted as (
        insert into transaction (dataset_id, import_id, source_line, account_id,
            counterparty_account_id, counterparty_name, counterparty_bic, direction, amount,
            currency, booked_at, booking_date, value_date, bank_reference, end_to_end_id,
            remittance_info, transaction_code, batch_reference, flags, dedup_key)
        select ?, ?, line_number, account_id, counterparty_account_id, counterparty_name,
               counterparty_bic, direction, amount, currency, booked_at, booking_date, value_date,
               bank_reference, end_to_end_id, remittance_info, transaction_code, batch_reference,
               flags, dedup_key
        from keyed order by seq
        on conflict (dataset_id, account_id, dedup_key, direction, amount, booking_date) do nothing
        returning flags
      )
      select count(*), count(flags) from inserted
      """;

  private ImportMerge() {}

  /** What the merge added: new transactions, and how many of them carry flags. */
  record Added(long transactions, long flagged) {}

  static Added merge(Connection connection, UUID datasetId, UUID importId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      // Imports into one dataset merge one at a time (they may add the same accounts).
      lock.setLong(1, datasetId.getMostSignificantBits() ^ datasetId.getLeastSignificantBits());
      lock.execute();
    }
    try (Statement statement = connection.createStatement()) {
      // Sorting for the dedup keys stays in memory for files of a few million rows.
      statement.execute("set local work_mem = '64MB'");
      // Temporary tables are never analysed automatically; the joins below need the row counts.
      statement.execute("analyze import_staging");
    }
    try (PreparedStatement rejections = connection.prepareStatement(REJECTIONS)) {
      rejections.setObject(1, importId);
      rejections.executeUpdate();
    }
    try (PreparedStatement accounts = connection.prepareStatement(ACCOUNTS)) {
      accounts.setObject(1, datasetId);
      accounts.executeUpdate();
    }
    // The dataset's accounts with fresh statistics (the table's own do not know the accounts just
    // added, and the planner would join row by row); private, so nothing else waits for it.
    try (PreparedStatement copy = connection.prepareStatement(DATASET_ACCOUNTS)) {
      copy.setObject(1, datasetId);
      copy.execute();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze import_accounts");
    }
    try (PreparedStatement transactions = connection.prepareStatement(TRANSACTIONS)) {
      transactions.setObject(1, datasetId);
      transactions.setObject(2, importId);
      try (ResultSet added = transactions.executeQuery()) {
        added.next();
        return new Added(added.getLong(1), added.getLong(2));
      }
    }
  }
}
