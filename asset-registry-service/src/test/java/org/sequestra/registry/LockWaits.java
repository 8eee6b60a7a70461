package org.sequestra.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets a race test hold its transaction open exactly until the competing one is blocked on a lock
 * in PostgreSQL (instead of sleeping for a time that is too short on a slow machine and wasted on a
 * fast one).
 */
public final class LockWaits {

  private static final Duration AT_MOST = Duration.ofSeconds(15);

  private LockWaits() {}

  /**
   * Returns once another session waits for a lock, or after {@link #AT_MOST}: then nothing waits on
   * us, and the test's assertions show that the competitor did not wait.
   */
  public static boolean awaitAnotherSessionBlocked(JdbcTemplate jdbc) {
    Instant deadline = Instant.now().plus(AT_MOST);
    while (Instant.now().isBefore(deadline)) {
      Integer waiting =
          jdbc.queryForObject(
              "select count(*) from pg_locks where not granted and pid <> pg_backend_pid()",
              Integer.class);
      if (waiting != null && waiting > 0) {
        return true;
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
    return false;
  }
}
