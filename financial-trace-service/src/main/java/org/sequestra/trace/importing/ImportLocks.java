package org.sequestra.trace.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The lock a running import holds on its job for the length of its transaction (a PostgreSQL
 * advisory lock, so it goes with the connection when the service dies): a RUNNING job whose lock is
 * free has no live worker.
 */
final class ImportLocks {

  /** The first key of every job lock ("IMPJ"), apart from other advisory locks. */
  private static final int JOB = 0x494D504A;

  private ImportLocks() {}

  /** Takes the job's lock until the connection's transaction ends, if no one holds it. */
  static boolean tryJob(Connection connection, UUID jobId) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
      lock.setInt(1, JOB);
      lock.setInt(2, jobId.hashCode());
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }
}
