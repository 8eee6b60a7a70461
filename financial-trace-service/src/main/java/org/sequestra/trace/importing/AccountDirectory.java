package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequestra.trace.importing.statement.AccountKind;
import org.sequestra.trace.importing.statement.AccountRef;
import org.springframework.jdbc.core.JdbcTemplate;

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

  private final UUID datasetId;
  private final JdbcTemplate ids;
  private final AccountIndex index = new AccountIndex();

  /** By their position in the index. */
  private final List<Account> accounts = new ArrayList<>();

  private final List<Account> added = new ArrayList<>();
  private final AccountRef[] recentRefs = new AccountRef[RECENT];
  private final long[] recentIds = new long[RECENT];
  private long[] reserved = new long[0];
  private int next;

  private AccountDirectory(UUID datasetId, JdbcTemplate ids) {
    this.datasetId = datasetId;
    this.ids = ids;
  }

  /**
   * @param ids another connection's access: new ids are drawn while the import's own connection is
   *     busy copying (sequence values are not transactional, a rolled-back import leaves a gap)
   */
  static AccountDirectory load(Connection connection, UUID datasetId, JdbcTemplate ids)
      throws SQLException {
    AccountDirectory directory = new AccountDirectory(datasetId, ids);
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, kind, identifier, chain, bic is null, bank_name is null,"
                + " holder_name is null from account where dataset_id = ?")) {
      select.setFetchSize(10_000);
      select.setObject(1, datasetId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Account account = new Account(row.getLong(1), false);
          account.knowsBic = !row.getBoolean(5);
          account.knowsBank = !row.getBoolean(6);
          account.knowsHolder = !row.getBoolean(7);
          account.key =
              new Key(AccountKind.valueOf(row.getString(2)), row.getString(3), row.getString(4));
          directory.add(account);
        }
      }
    }
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
    int record = index.find(ref.kind(), ref.identifier(), ref.chain());
    if (record < 0) {
      Account account = new Account(nextId(), true);
      account.key = new Key(ref.kind(), ref.identifier(), ref.chain());
      add(account);
      added.add(account);
      account.learn(ref);
      id = account.id;
    } else {
      id = index.id(record);
      if (ref.bic() != null || ref.bankName() != null || ref.holderName() != null) {
        accounts.get(index.position(record)).learn(ref);
      }
    }
    recentRefs[slot] = ref;
    recentIds[slot] = id;
    return id;
  }

  private void add(Account account) {
    index.add(account.key.kind, account.key.identifier, account.key.chain, account.id);
    accounts.add(account);
  }

  /**
   * Writes the new accounts and what the file added to known ones, in the import's transaction.
   * The first accounts of the dataset go into its own table, created, indexed and attached here
   * ({@link DatasetTable#ACCOUNTS}); later ones are copied into that table.
   */
  void save(Connection connection) throws SQLException {
    if (!added.isEmpty()) {
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
        for (Account account : added) {
          rows.row(8)
              .int8(account.id)
              .uuid(datasetId)
              .text(account.key.kind.name())
              .text(account.key.identifier)
              .text(account.key.chain)
              .text(account.bic)
              .text(account.bank)
              .text(account.holder);
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
      for (Account account : accounts) {
        if (account.filled) {
          update.setString(1, account.bic);
          update.setString(2, account.bank);
          update.setString(3, account.holder);
          update.setObject(4, datasetId);
          update.setLong(5, account.id);
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
      int block = Math.min(MAX_BLOCK, Math.max(FIRST_BLOCK, added.size()));
      reserved =
          ids
              .queryForList(
                  // The sequence looked up once, not per value (a catalog search each time).
                  "with account_ids as materialized"
                      + " (select pg_get_serial_sequence('account', 'id')::regclass id_sequence)"
                      + " select nextval(id_sequence) from account_ids, generate_series(1, ?)",
                  Long.class,
                  block)
              .stream()
              .mapToLong(Long::longValue)
              .toArray();
      next = 0;
    }
    return reserved[next++];
  }

  private record Key(AccountKind kind, String identifier, String chain) {}

  private static final class Account {

    final long id;
    final boolean isNew;
    Key key;
    boolean knowsBic;
    boolean knowsBank;
    boolean knowsHolder;
    boolean filled;
    String bic;
    String bank;
    String holder;

    Account(long id, boolean isNew) {
      this.id = id;
      this.isNew = isNew;
    }

    void learn(AccountRef ref) {
      if (!knowsBic && ref.bic() != null && (bic == null || ref.bic().compareTo(bic) < 0)) {
        bic = ref.bic();
        filled = !isNew;
      }
      if (!knowsBank
          && ref.bankName() != null
          && (bank == null || ref.bankName().compareTo(bank) < 0)) {
        bank = ref.bankName();
        filled = !isNew;
      }
      if (!knowsHolder
          && ref.holderName() != null
          && (holder == null || ref.holderName().compareTo(holder) < 0)) {
        holder = ref.holderName();
        filled = !isNew;
      }
    }
  }
}
