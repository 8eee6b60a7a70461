package org.sequestra.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled clean-up removes exactly the keys the store treats as expired. */
class IdempotencyCleanupTest {

  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private static final IdempotencyProperties PROPERTIES =
      new IdempotencyProperties(true, Duration.ofHours(24), Duration.ofMinutes(5));

  private static JdbcTemplate jdbc;

  @BeforeAll
  static void database() {
    DataSource dataSource = TestDatabase.dataSource("platform_idempotency_cleanup");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  void keysPastTheirRetentionAndAbandonedFirstRequestsGoTheRestStay() {
    String agency = agency();
    key(agency, "completed-25h", "COMPLETED", Duration.ofHours(25));
    key(agency, "completed-24h-and-1s", "COMPLETED", Duration.ofHours(24).plusSeconds(1));
    key(agency, "completed-24h", "COMPLETED", Duration.ofHours(24));
    key(agency, "completed-23h", "COMPLETED", Duration.ofHours(23));
    key(agency, "completed-10m", "COMPLETED", Duration.ofMinutes(10));
    key(agency, "in-progress-10m", "IN_PROGRESS", Duration.ofMinutes(10));
    key(agency, "in-progress-1m", "IN_PROGRESS", Duration.ofMinutes(1));

    long removed = cleanup(1000).removeExpired();

    assertThat(removed).isEqualTo(3);
    assertThat(
            jdbc.queryForList(
                "select idempotency_key from idempotency_key where agency = ?"
                    + " order by idempotency_key",
                String.class,
                agency))
        .containsExactly("completed-10m", "completed-23h", "completed-24h", "in-progress-1m");
    assertThat(cleanup(1000).removeExpired()).isZero();
  }

  @Test
  void manyExpiredKeysGoInBatches() {
    String agency = agency();
    for (int i = 0; i < 7; i++) {
      key(agency, "old-" + i, "COMPLETED", Duration.ofDays(2));
    }
    key(agency, "fresh", "COMPLETED", Duration.ofHours(1));

    assertThat(cleanup(3).removeExpired()).isEqualTo(7);
    assertThat(
            jdbc.queryForList(
                "select idempotency_key from idempotency_key where agency = ?",
                String.class,
                agency))
        .containsExactly("fresh");
  }

  private static IdempotencyCleanup cleanup(int batch) {
    return new IdempotencyCleanup(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), PROPERTIES, batch);
  }

  /** Tests share the table: each uses an agency of its own (no other test's key is old). */
  private static String agency() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void key(String agency, String key, String state, Duration age) {
    jdbc.update(
        "insert into idempotency_key (agency, caller_subject, idempotency_key,"
            + " request_fingerprint, state, created_at) values (?, 'analyst-1', ?, 'f', ?, ?)",
        agency,
        key,
        state,
        NOW.minus(age).atOffset(ZoneOffset.UTC));
  }
}
