package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A dataset's own table of transactions: its partition of {@code transaction}, named after the
 * dataset. A first import creates it in its transaction without indexes, copies the rows into it,
 * builds the indexes in bulk (the same as the parent's partitioned indexes, which then adopt them
 * instead of building them again) and attaches it; a rollback leaves no table behind.
 */
final class DatasetTable {

  private DatasetTable() {}

  static String name(UUID datasetId) {
    return "transaction_" + datasetId.toString().replace("-", "");
  }

  /** Whether the dataset has its table (it has none before its first import). */
  static boolean exists(Connection connection, UUID datasetId) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement("select to_regclass(?) is not null")) {
      exists.setString(1, name(datasetId));
      try (ResultSet result = exists.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /**
   * Creates the dataset's table, not yet attached and without indexes. Its check on the dataset
   * is what lets the attach skip reading every row to prove that they belong to the dataset.
   */
  static void create(Connection connection, UUID datasetId) throws SQLException {
    String table = name(datasetId);
    execute(
        connection,
        "create table "
            + table
            + " (like transaction including defaults including constraints, constraint "
            + table
            + "_dataset check (dataset_id = '"
            + datasetId
            + "'))");
  }

  /** The COPY that loads a table {@link #create created} in this transaction. */
  static String copy(UUID datasetId) {
    // FREEZE: the table is new in this transaction, so its rows can be written as already frozen
    // and visible, which spares a later vacuum rewriting every page.
    return "copy "
        + name(datasetId)
        + " ("
        + TransactionSink.COLUMNS
        + ") from stdin (format binary, freeze)";
  }

  /**
   * Builds the indexes of the parent's partitioned indexes and attaches the table as the
   * dataset's partition (until the commit, no other dataset's table can be attached).
   *
   * @throws SQLException with state 23505 when the rows hold an entry twice
   */
  static void indexAndAttach(Connection connection, UUID datasetId) throws SQLException {
    String table = name(datasetId);
    execute(connection, "alter table " + table + " add constraint " + table + "_pkey"
        + " primary key (dataset_id, id)");
    execute(connection, "create unique index " + table + "_dedup on " + table
        + " (account_id, dedup_key, direction, amount, booking_date, dataset_id)");
    execute(connection, "create index " + table + "_time on " + table + " (booked_at, id)");
    execute(connection, "alter table transaction attach partition " + table
        + " for values in ('" + datasetId + "')");
    execute(connection, "alter table " + table + " drop constraint " + table + "_dataset");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
