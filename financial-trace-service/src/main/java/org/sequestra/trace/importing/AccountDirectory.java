package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.sequestra.trace.importing.statement.AccountKind;
import org.sequestra.trace.importing.statement.AccountRef;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts of one dataset in memory for the length of an import, so that every transaction
 * finds its account ids without a query. Loaded once (imports into a dataset run one at a time);
 * accounts the file names for the first time get ids from the account table's own sequence and are
 * written at the end with what the file says about them. Where an account's BIC, bank or holder was
 * unknown, what the file gives fills it (the smallest value, whichever line holds it).
 */
final class AccountDirectory {

  /** The account table's columns a save writes, in the order of the rows. */
  private static final String COLUMNS =
      "id, dataset_id, kind, identifier, chain, bic, bank_name, holder_name";

  private static final int FIRST_BLOCK = 1_000;
  private static final int MAX_BLOCK = 100_000;

  /** Slots of the look-up by identity in front of the index. */
  private static final int RECENT = 1 << 14;

  /** Bits of {@link #known}: the account table already holds its BIC, bank or holder. */
  private static final byte KNOWS_BIC = 1;

  private static final byte KNOWS_BANK = 2;
  private static final byte KNOWS_HOLDER = 4;

  private final UUID datasetId;
  private final JdbcClient ids;

  /**
   * Every account of the dataset, by identity: first those it had before this import, then the new
   * ones in the order the file names them.
   */
  private final AccountIndex index = new AccountIndex();

  /** How many accounts the dataset had before this import: the new ones come after them. */
  private int existing;

  /** What the account table knows of each account the dataset had, by position. */
  private byte[] known = new byte[1 << 10];

  /**
   * What the file says of an account's BIC, bank or holder, by position: only for accounts that it
   * describes (most lines name an account by its number alone).
   */
  private final Map<Integer, Details> details = new HashMap<>();

  private final AccountRef[] recentRefs = new AccountRef[RECENT];
  private final long[] recentIds = new long[RECENT];
  private long[] reserved = new long[0];
  private int next;

  private AccountDirectory(UUID datasetId, JdbcClient ids) {
    this.datasetId = datasetId;
    this.ids = ids;
  }

  /**
   * @param ids another connection's access: new ids are drawn while the import's own connection is
   *     busy copying (sequence values are not transactional, a rolled-back import leaves a gap)
   */
  static AccountDirectory load(Connection connection, UUID datasetId, JdbcClient ids)
      throws SQLException {
    AccountDirectory directory = new AccountDirectory(datasetId, ids);
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, kind, identifier, chain, bic is not null, bank_name is not null,"
                + " holder_name is not null from account where dataset_id = ?")) {
      select.setFetchSize(10_000);
      select.setObject(1, datasetId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          int position = directory.index.size();
          directory.index.add(
              AccountKind.valueOf(row.getString(2)),
              row.getString(3),
              row.getString(4),
              row.getLong(1));
          if (position == directory.known.length) {
            directory.known = Arrays.copyOf(directory.known, position * 2);
          }
          directory.known[position] =
              (byte)
                  ((row.getBoolean(5) ? KNOWS_BIC : 0)
                      | (row.getBoolean(6) ? KNOWS_BANK : 0)
                      | (row.getBoolean(7) ? KNOWS_HOLDER : 0));
        }
      }
    }
    directory.existing = directory.index.size();
    return directory;
  }

  /** The account's id; a new account is added. */
  long id(AccountRef ref) {
    // Parsers hand over the same AccountRef for an account they read lately: found by identity,
    // it has nothing new to teach its account.
    int slot = ref.identifier().hashCode() & (RECENT - 1);
    if (recentRefs[slot] == ref) {
      return recentIds[slot];
    }
    long id;
    int position;
    int record = index.find(ref.kind(), ref.identifier(), ref.chain());
    if (record < 0) {
      id = nextId();
      position = index.size();
      index.add(ref.kind(), ref.identifier(), ref.chain(), id);
    } else {
      id = index.id(record);
      position = index.position(record);
    }
    if (ref.bic() != null || ref.bankName() != null || ref.holderName() != null) {
      learn(position, ref);
    }
    recentRefs[slot] = ref;
    recentIds[slot] = id;
    return id;
  }

  private void learn(int position, AccountRef ref) {
    int knows = position < existing ? known[position] : 0;
    Details account = details.get(position);
    if (account == null) {
      account = new Details();
    }
    if (account.learn(ref, knows)) {
      details.putIfAbsent(position, account);
    }
  }

  /**
   * Writes the new accounts and what the file added to known ones, in the import's transaction. The
   * first accounts of the dataset go into its own table, created, indexed and attached here ({@link
   * DatasetTable#ACCOUNTS}); later ones are copied into that table.
   */
  void save(Connection connection) throws SQLException {
    if (index.size() > existing) {
      boolean first = !DatasetTable.ACCOUNTS.exists(connection, datasetId);
      if (first) {
        DatasetTable.ACCOUNTS.create(connection, datasetId);
      }
      CopyPipe pipe =
          CopyPipe.start(
              connection,
              first
                  ? DatasetTable.ACCOUNTS.copy(datasetId, COLUMNS)
                  : "copy "
                      + DatasetTable.ACCOUNTS.name(datasetId)
                      + " ("
                      + COLUMNS
                      + ") from stdin (format binary)",
              Thread.currentThread().getName() + "-accounts");
      try {
        CopyRows rows = new CopyRows(pipe);
        for (int position = existing; position < index.size(); position++) {
          int record = index.record(position);
          Details account = details.get(position);
          rows.row(8)
              .int8(index.id(record))
              .uuid(datasetId)
              .text(index.kind(record).name())
              .text(index.identifier(record))
              .text(index.chain(record))
              .text(account == null ? null : account.bic)
              .text(account == null ? null : account.bank)
              .text(account == null ? null : account.holder);
        }
        rows.finish();
        pipe.finish();
      } catch (RuntimeException | SQLException e) {
        pipe.abort();
        throw e;
      }
      if (first) {
        DatasetTable.ACCOUNTS.indexAndAttach(connection, datasetId);
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update "
                + DatasetTable.ACCOUNTS.name(datasetId)
                + " set bic = coalesce(bic, ?), bank_name = coalesce(bank_name, ?),"
                + " holder_name = coalesce(holder_name, ?) where dataset_id = ? and id = ?")) {
      int batch = 0;
      for (Map.Entry<Integer, Details> described : details.entrySet()) {
        int position = described.getKey();
        if (position < existing) {
          Details account = described.getValue();
          update.setString(1, account.bic);
          update.setString(2, account.bank);
          update.setString(3, account.holder);
          update.setObject(4, datasetId);
          update.setLong(5, index.id(index.record(position)));
          update.addBatch();
          if (++batch == 1_000) {
            update.executeBatch();
            batch = 0;
          }
        }
      }
      if (batch > 0) {
        update.executeBatch();
      }
    }
  }

  private long nextId() {
    if (next == reserved.length) {
      int block = Math.min(MAX_BLOCK, Math.max(FIRST_BLOCK, index.size() - existing));
      reserved =
          ids
              .sql(
                  // The sequence looked up once, not per value (a catalog search each time).
                  "with account_ids as materialized"
                      + " (select pg_get_serial_sequence('account', 'id')::regclass id_sequence)"
                      + " select nextval(id_sequence) from account_ids, generate_series(1, ?)")
              .param(block)
              .query(Long.class)
              .list()
              .stream()
              .mapToLong(Long::longValue)
              .toArray();
      next = 0;
    }
    return reserved[next++];
  }

  /** What a file says of one account where the account table does not know it yet. */
  private static final class Details {

    String bic;
    String bank;
    String holder;

    /**
     * Keeps the reference's values the table does not know, the smallest where lines differ.
     *
     * @return whether anything was kept
     */
    boolean learn(AccountRef ref, int knows) {
      boolean kept = false;
      if ((knows & KNOWS_BIC) == 0 && smaller(ref.bic(), bic)) {
        bic = ref.bic();
        kept = true;
      }
      if ((knows & KNOWS_BANK) == 0 && smaller(ref.bankName(), bank)) {
        bank = ref.bankName();
        kept = true;
      }
      if ((knows & KNOWS_HOLDER) == 0 && smaller(ref.holderName(), holder)) {
        holder = ref.holderName();
        kept = true;
      }
      return kept;
    }

    private static boolean smaller(String value, String kept) {
      return value != null && (kept == null || value.compareTo(kept) < 0);
    }
  }
}
