package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.LockWaits;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The freezing-service retries a grant while the first call is not yet committed: the retry waits
 * for it and answers "already there", instead of failing on the second row.
 */
class SimultaneousExecutingAccessTest extends RegistryIntegrationTest {

  private static final Caller ISSUING_SIDE =
      new Caller("nl-judge", null, "NL-ARO", "NL", Set.of("ISSUING_AUTHORITY"), "test", null);

  @Autowired ExecutingAgencies executing;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aGrantOverlappingAnUncommittedOneWaitsAndFindsIt() throws Exception {
    UUID caseId = UUID.fromString(new Fixtures(mvc).openCase(Fixtures.nlAnalyst()));
    UUID freezingRequest = UUID.randomUUID();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch firstGranted = new CountDownLatch(1);

    CompletableFuture<ExecutingAgencies.Granted> first =
        CompletableFuture.supplyAsync(
            () ->
                tx.execute(
                    status -> {
                      var granted =
                          executing.grant(ISSUING_SIDE, caseId, "ES-ARO", freezingRequest);
                      firstGranted.countDown();
                      // the retry arrives while this transaction is still open: held until the
                      // retry waits for this grant's lock
                      LockWaits.awaitAnotherSessionBlocked(jdbc);
                      return granted;
                    }));
    firstGranted.await();
    ExecutingAgencies.Granted retry =
        executing.grant(ISSUING_SIDE, caseId, "ES-ARO", freezingRequest);

    assertThat(first.get().created()).isTrue();
    assertThat(retry.created()).isFalse();
    assertThat(retry.access().getId()).isEqualTo(first.get().access().getId());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_executing_agency where case_id = ?",
                Integer.class,
                caseId))
        .isEqualTo(1);
  }
}
