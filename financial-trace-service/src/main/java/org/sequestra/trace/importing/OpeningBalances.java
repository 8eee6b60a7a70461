package org.sequestra.trace.importing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The opening balances one import's file gives, kept for traces (see V33). Written in the import's
 * transaction, after its accounts; the first balance for an account, currency and day stays.
 */
final class OpeningBalances {

  record Row(
      long accountId,
      String currency,
      LocalDate date,
      BigDecimal amount,
      String source,
      long sourceLine) {}

  private final List<Row> rows = new ArrayList<>();

  void add(Row row) {
    rows.add(row);
  }

  int size() {
    return rows.size();
  }

  void save(Connection connection, UUID datasetId, UUID importId) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into opening_balance (dataset_id, account_id, currency, balance_date, amount,"
                + " source, import_id, source_line) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing")) {
      for (Row row : rows) {
        insert.setObject(1, datasetId);
        insert.setLong(2, row.accountId());
        insert.setString(3, row.currency());
        insert.setDate(4, Date.valueOf(row.date()));
        insert.setBigDecimal(5, row.amount());
        insert.setString(6, row.source());
        insert.setObject(7, importId);
        insert.setLong(8, row.sourceLine());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
