package org.sequestra.trace.transaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.paging.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a dataset's transactions in a stable order: booking time, then import order. */
@Repository
class TransactionQueries {

  /**
   * A page of the dataset's transactions with their accounts. Each join names the dataset too, so
   * that PostgreSQL reads only the dataset's own account table, not every dataset's.
   */
  static final String PAGE =
      """
      select t.id, t.import_id, t.source_line, t.counterparty_name, t.counterparty_bic,
             t.direction, t.amount, t.currency, t.booked_at, t.booking_date, t.value_date,
             t.bank_reference, t.end_to_end_id, t.remittance_info, t.transaction_code,
             t.batch_reference, t.flags,
             a.id a_id, a.kind a_kind, a.identifier a_identifier, a.chain a_chain, a.bic a_bic,
             a.bank_name a_bank_name, a.holder_name a_holder_name, a.registry_asset_id a_registry_asset_id,
             c.id c_id, c.kind c_kind, c.identifier c_identifier, c.chain c_chain, c.bic c_bic,
             c.bank_name c_bank_name, c.holder_name c_holder_name,
             c.registry_asset_id c_registry_asset_id
      from transaction t
      join account a on a.dataset_id = t.dataset_id and a.id = t.account_id
      left join account c on c.dataset_id = t.dataset_id and c.id = t.counterparty_account_id
      where t.dataset_id = ?
      order by t.booked_at, t.id
      limit ? offset ?
      """;

  private final JdbcClient jdbc;

  TransactionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The dataset's count, kept by the imports in the same transaction as their rows. */
  long count(UUID datasetId) {
    return jdbc.sql("select transaction_count from dataset where id = ?")
        .param(datasetId)
        .query(Long.class)
        .single();
  }

  List<TransactionView> page(UUID datasetId, int page, int size) {
    return jdbc.sql(PAGE)
        .params(datasetId, size, Paging.offset(page, size))
        .query((row, n) -> view(row))
        .list();
  }

  private static TransactionView view(ResultSet row) throws SQLException {
    String flags = row.getString("flags");
    return new TransactionView(
        row.getLong("id"),
        row.getObject("import_id", UUID.class),
        row.getLong("source_line"),
        account(row, "a_"),
        row.getObject("c_id") == null ? null : account(row, "c_"),
        row.getString("counterparty_name"),
        row.getString("counterparty_bic"),
        row.getString("direction"),
        row.getBigDecimal("amount"),
        row.getString("currency"),
        row.getTimestamp("booked_at").toInstant(),
        row.getObject("booking_date", LocalDate.class),
        row.getObject("value_date", LocalDate.class),
        row.getString("bank_reference"),
        row.getString("end_to_end_id"),
        row.getString("remittance_info"),
        row.getString("transaction_code"),
        row.getString("batch_reference"),
        flags == null ? List.of() : List.of(flags.split("\n")));
  }

  private static TransactionView.AccountView account(ResultSet row, String prefix)
      throws SQLException {
    return new TransactionView.AccountView(
        row.getLong(prefix + "id"),
        row.getString(prefix + "kind"),
        row.getString(prefix + "identifier"),
        row.getString(prefix + "chain"),
        row.getString(prefix + "bic"),
        row.getString(prefix + "bank_name"),
        row.getString(prefix + "holder_name"),
        row.getObject(prefix + "registry_asset_id", UUID.class));
  }
}
