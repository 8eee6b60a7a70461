package org.sequestra.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.audit.ChainVerification.Reason;
import org.sequestra.platform.audit.ChainVerification.Scope;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit chain against real PostgreSQL, each test on a fresh database. */
class AuditTrailTest {

  private static final Caller ANALYST =
      new Caller("sub-1", "jansen", "NL-ARO", "NL", Set.of("ARO_ANALYST"), "https://idp/nl", null);
  private static final Caller ES_ANALYST =
      new Caller("sub-2", "garcia", "ES-ARO", "ES", Set.of("ARO_ANALYST"), "https://idp/es", null);

  private JdbcTemplate jdbc;
  private DataSourceTransactionManager transactions;
  private AuditTrail trail;

  @BeforeEach
  void freshDatabase() {
    DataSource dataSource =
        TestDatabase.dataSource("audit_" + UUID.randomUUID().toString().replace("-", ""));
    Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    transactions = new DataSourceTransactionManager(dataSource);
    trail = new AuditTrail(jdbc, transactions, Clock.systemUTC(), () -> {});
  }

  private void recordThree() {
    trail.record(ANALYST, "case.create", "case", "c-1");
    trail.record(AuditEvent.by(ES_ANALYST, "case.read", "case", "c-1").onObjectOf("NL-ARO"));
    trail.record(
        AuditEvent.by(ANALYST, "case.share", "case", "c-1").withDetail("with ES-ARO, READ_ONLY"));
  }

  @Test
  void entriesAreChainedInOrderAndTheChainVerifies() {
    MDC.put(RequestIdFilter.MDC_KEY, "req-42");
    try {
      recordThree();
    } finally {
      MDC.remove(RequestIdFilter.MDC_KEY);
    }

    List<AuditEntry> entries = trail.entries(new AuditQuery(null, null, null, 0, 10)).entries();
    assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
    assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
    assertThat(entries.get(1))
        .extracting(
            AuditEntry::subject,
            AuditEntry::username,
            AuditEntry::agency,
            AuditEntry::objectAgency,
            AuditEntry::action,
            AuditEntry::objectType,
            AuditEntry::objectId,
            AuditEntry::requestId)
        .containsExactly(
            "sub-2", "garcia", "ES-ARO", "NL-ARO", "case.read", "case", "c-1", "req-42");
    assertThat(entries.get(2).detail()).isEqualTo("with ES-ARO, READ_ONLY");

    assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 3, null, null, null));
  }

  @Test
  void anEmptyChainIsValid() {
    assertThat(trail.verify().valid()).isTrue();
    assertThat(trail.verify().entriesChecked()).isZero();
  }

  @Test
  void aPurposeIsKeptAndCoveredByTheHash() {
    trail.record(
        AuditEvent.by(ANALYST, "freeze-status.read", "asset", "a-1")
            .withPurpose("Preparing the hearing of 12 May"));
    assertThat(trail.entries(new AuditQuery(null, null, null, 0, 1)).entries().getFirst().purpose())
        .isEqualTo("Preparing the hearing of 12 May");

    tamper("update audit_log set purpose = 'curiosity' where seq = 1");

    assertThat(trail.verify().reason()).isEqualTo(Reason.CONTENT_HASH_MISMATCH);
  }

  @Test
  void eventsOfATransactionAreChainedWhenItCommitsAndVanishWhenItRollsBack() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(
        status -> {
          trail.record(ANALYST, "case.create", "case", "c-1");
          trail.record(ANALYST, "case.share", "case", "c-1");
          assertThat(count()).as("nothing is chained before the commit").isZero();
        });
    assertThat(count()).isEqualTo(2);

    transaction.executeWithoutResult(
        status -> {
          trail.record(ANALYST, "case.update", "case", "c-1");
          status.setRollbackOnly();
        });
    assertThat(count()).isEqualTo(2);
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void recordingInAReadOnlyTransactionFailsLoudly() {
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    assertThatThrownBy(
            () ->
                readOnly.executeWithoutResult(
                    status -> trail.record(ANALYST, "case.read", "case", "c-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-only");
  }

  @Test
  void anAlteredRowIsNamedWithItsSequence() {
    recordThree();

    tamper("update audit_log set username = 'someone-else' where seq = 2");

    ChainVerification verification = trail.verify();
    assertThat(verification.valid()).isFalse();
    assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
    assertThat(verification.reason()).isEqualTo(Reason.CONTENT_HASH_MISMATCH);
    assertThat(verification.entriesChecked()).isEqualTo(2);
  }

  @Test
  void anAlteredRowWithARecomputedHashBreaksTheNextLink() {
    recordThree();
    AuditEntry second = trail.entries(new AuditQuery(null, null, null, 1, 1)).entries().getFirst();
    AuditEntry forged =
        new AuditEntry(
            second.sequence(),
            second.occurredAt(),
            second.subject(),
            second.username(),
            second.agency(),
            second.objectAgency(),
            "case.create",
            second.objectType(),
            second.objectId(),
            second.purpose(),
            second.detail(),
            second.requestId(),
            second.previousHash(),
            null);
    String rehashed = ChainHash.of(second.previousHash(), forged);

    tamper("update audit_log set action = 'case.create', hash = '" + rehashed + "' where seq = 2");

    ChainVerification verification = trail.verify();
    assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verification.reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
  }

  @Test
  void aRemovedRowIsAGap() {
    recordThree();

    tamper("delete from audit_log where seq = 2");

    ChainVerification verification = trail.verify();
    assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
    assertThat(verification.reason()).isEqualTo(Reason.SEQUENCE_GAP);
  }

  @Test
  void removedEntriesAtTheEndAreNoticedThroughTheHead() {
    recordThree();

    tamper("delete from audit_log where seq = 3");

    ChainVerification verification = trail.verify();
    assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verification.reason()).isEqualTo(Reason.HEAD_MISMATCH);
  }

  @Test
  void anAuditorIsToldOfAnIntactChainWithoutMoreThanItsLength() {
    recordThree();

    assertThat(trail.verifyFor("ES-ARO"))
        .isEqualTo(new ChainVerification(true, 3, null, null, null, Scope.AGENCY, false));
    assertThat(trail.verify().scope()).isEqualTo(Scope.PLATFORM);
  }

  @Test
  void anAuditorIsToldWhereTheChainBreaksOnlyInEntriesThatConcernTheirAgency() {
    recordThree();

    tamper("update audit_log set username = 'someone-else' where seq = 3");

    ChainVerification forNl = trail.verifyFor("NL-ARO");
    assertThat(forNl)
        .isEqualTo(
            new ChainVerification(
                false,
                3,
                3L,
                Reason.CONTENT_HASH_MISMATCH,
                trail.verify().detail(),
                Scope.AGENCY,
                false));
    ChainVerification forEs = trail.verifyFor("ES-ARO");
    assertThat(forEs.valid()).isFalse();
    assertThat(forEs.brokenOutsideScope()).isTrue();
    assertThat(forEs.firstBrokenSequence()).isNull();
    assertThat(forEs.reason()).isNull();
    assertThat(forEs.entriesChecked()).isZero();
    assertThat(forEs.detail()).contains("outside your agency").doesNotContainPattern("[0-9]");
  }

  @Test
  void anEntryByOneAgencyOnAnothersObjectConcernsBoth() {
    recordThree();

    tamper("update audit_log set username = 'someone-else' where seq = 2");

    for (String agency : List.of("NL-ARO", "ES-ARO")) {
      assertThat(trail.verifyFor(agency).firstBrokenSequence()).isEqualTo(2L);
    }
    assertThat(trail.verifyFor("CO-ARO").brokenOutsideScope()).isTrue();
  }

  @Test
  void aReLinkedEntryIsTheAuditorsOnlyWhenTheEntryBeforeIsToo() {
    recordThree();
    tamper("update audit_log set previous_hash = '" + "1".repeat(64) + "' where seq = 2");

    // entry 2 (ES on an NL case) no longer links to entry 1 (NL only)
    assertThat(trail.verifyFor("NL-ARO").firstBrokenSequence()).isEqualTo(2L);
    assertThat(trail.verifyFor("NL-ARO").reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
    assertThat(trail.verifyFor("ES-ARO").brokenOutsideScope()).isTrue();
    assertThat(trail.verifyFor("ES-ARO").firstBrokenSequence()).isNull();
  }

  @Test
  void aRemovedEntryIsOutsideEveryAgencysScope() {
    recordThree();

    tamper("delete from audit_log where seq = 2");

    assertThat(trail.verifyFor("NL-ARO").brokenOutsideScope()).isTrue();
    assertThat(trail.verifyFor("NL-ARO").firstBrokenSequence()).isNull();
    assertThat(trail.verify().firstBrokenSequence()).isEqualTo(2L);
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveEntries() {
    recordThree();

    assertThatThrownBy(() -> jdbc.update("update audit_log set username = 'x' where seq = 1"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_log where seq = 1"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("update audit_chain_head set last_seq = 1 where id = 1"))
        .hasMessageContaining("may only advance");
    assertThatThrownBy(() -> jdbc.update("delete from audit_chain_head"))
        .hasMessageContaining("not allowed");
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void concurrentAppendsNeverForkTheChain() throws Exception {
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    String id = thread + "-" + i;
                    if (i % 2 == 0) {
                      trail.record(ANALYST, "case.read", "case", id);
                    } else {
                      transaction.executeWithoutResult(
                          status -> trail.record(ANALYST, "case.update", "case", id));
                    }
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    ChainVerification verification = trail.verify();
    assertThat(verification.valid()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(threads * perThread);
  }

  @Test
  void listingFiltersByAgencyAndTimeAndPagesInChainOrder() {
    Instant start = Instant.parse("2026-03-01T10:00:00Z");
    trail = new AuditTrail(jdbc, transactions, Clock.fixed(start, ZoneOffset.UTC), () -> {});
    trail.record(ANALYST, "case.create", "case", "c-1");
    trail.record(ES_ANALYST, "case.create", "case", "c-2");
    trail =
        new AuditTrail(
            jdbc, transactions, Clock.fixed(start.plusSeconds(3600), ZoneOffset.UTC), () -> {});
    trail.record(AuditEvent.by(ES_ANALYST, "case.read", "case", "c-1").onObjectOf("NL-ARO"));
    trail.record(ANALYST, "case.update", "case", "c-1");

    AuditPage nl = trail.entries(new AuditQuery("NL-ARO", null, null, 0, 2));
    assertThat(nl.totalElements()).isEqualTo(3);
    assertThat(nl.totalPages()).isEqualTo(2);
    assertThat(nl.entries()).extracting(AuditEntry::sequence).containsExactly(1L, 3L);
    assertThat(trail.entries(new AuditQuery("NL-ARO", null, null, 1, 2)).entries())
        .extracting(AuditEntry::sequence)
        .containsExactly(4L);

    AuditPage laterOnly =
        trail.entries(new AuditQuery(null, start.plusSeconds(60), start.plusSeconds(7200), 0, 10));
    assertThat(laterOnly.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 4L);
    AuditPage earlierOnly =
        trail.entries(new AuditQuery("ES-ARO", null, start.plusSeconds(60), 0, 10));
    assertThat(earlierOnly.entries()).extracting(AuditEntry::sequence).containsExactly(2L);
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from audit_log", Long.class);
  }

  /** What an intruder with database access would do: bypass the triggers as a superuser. */
  private void tamper(String sql) {
    jdbc.execute(
        (Connection connection) -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute(sql);
            statement.execute("set session_replication_role = origin");
          }
          return null;
        });
  }
}
