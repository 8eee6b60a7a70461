package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For an import into a dataset that already holds transactions: the file's rows are copied into a
 * staging table first and then added in one statement that skips what the dataset already has (and
 * repeats within the file), by the dedup index.
 */
final class ImportMerge {

  static final String STAGING = "import_staging";

  private static final String CREATE =
      "create temp table "
          + STAGING
          + " on commit drop as select 0::bigint seq, "
          + TransactionSink.COLUMNS
          + " from transaction with no data";

  private static final String INSERT =
      "with inserted as ("
          + " insert into transaction ("
          + TransactionSink.COLUMNS
          + ") select "
          + TransactionSink.COLUMNS
          + " from "
          + STAGING
          + " order by seq"
          + " on conflict (account_id, dedup_key, direction, amount, booking_date, dataset_id)"
          + " do nothing returning flags)"
          + " select count(*), count(flags) from inserted";

  private ImportMerge() {}

  /** What the merge added: new transactions, and how many of them carry flags. */
  record Added(long transactions, long flagged) {}

  /** Creates the staging table (same column types as the transaction table, no constraints). */
  static void createStaging(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    }
  }

  static String copyIntoStaging() {
    return "copy " + STAGING + " (seq, " + TransactionSink.COLUMNS + ") from stdin (format binary)";
  }

  static Added merge(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // The sort into file order stays in memory for files of a few million rows.
      statement.execute("set local work_mem = '64MB'");
      try (ResultSet added = statement.executeQuery(INSERT)) {
        added.next();
        return new Added(added.getLong(1), added.getLong(2));
      }
    }
  }
}
