package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A dataset's own table of transactions or of accounts: its partition of {@code transaction} or
 * {@code account}, named after the dataset. The import that first writes such rows creates it in
 * its transaction without indexes, copies the rows into it, builds the indexes in bulk (the same as
 * the parent's partitioned indexes, which then adopt them instead of building them again) and
 * attaches it; a rollback leaves no table behind. The service's database role may not create or
 * alter tables: the creation, the indexes and the attach are functions that run with the owner's
 * rights, taking only the parent and the dataset id (V45__dataset_table_functions.sql).
 */
enum DatasetTable {
  TRANSACTIONS("transaction"),
  /**
   * Its foreign keys (to the dataset, to a trace) are not copied with the table: the attach adds
   * them and checks every row in one query, instead of one check per row during the COPY. The
   * attach holds a lock on {@code dataset} and {@code trace} that blocks their writes until the
   * commit, so it comes last in an import.
   */
  ACCOUNTS("account");

  private final String parent;

  DatasetTable(String parent) {
    this.parent = parent;
  }

  String name(UUID datasetId) {
    return parent + "_" + datasetId.toString().replace("-", "");
  }

  /** Whether the dataset has its table (it has none before rows of this kind are imported). */
  boolean exists(Connection connection, UUID datasetId) throws SQLException {
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
   * Creates the dataset's table in the connection's transaction, not yet attached and without
   * indexes. Its check on the dataset is what lets the attach skip reading every row to prove that
   * they belong to the dataset.
   */
  void create(Connection connection, UUID datasetId) throws SQLException {
    call(connection, "select dataset_table_create(?, ?)", datasetId);
  }

  /** The COPY of {@code columns} that loads a table {@link #create created} in this transaction. */
  String copy(UUID datasetId, String columns) {
    // FREEZE: the table is new in this transaction, so its rows can be written as already frozen
    // and visible, which spares a later vacuum rewriting every page.
    return "copy " + name(datasetId) + " (" + columns + ") from stdin (format binary, freeze)";
  }

  /**
   * Builds the indexes of the parent's partitioned indexes and attaches the table as the dataset's
   * partition (until the commit, no other dataset's table can be attached).
   *
   * @throws SQLException with state 23505 when the rows hold a unique key twice, 23503 when the
   *     dataset does not exist
   */
  void indexAndAttach(Connection connection, UUID datasetId) throws SQLException {
    call(connection, "select dataset_table_attach(?, ?)", datasetId);
  }

  private void call(Connection connection, String function, UUID datasetId) throws SQLException {
    try (PreparedStatement call = connection.prepareStatement(function)) {
      call.setString(1, parent);
      call.setObject(2, datasetId);
      call.execute();
    }
  }
}
