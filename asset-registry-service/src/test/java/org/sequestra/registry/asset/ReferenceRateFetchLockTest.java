package org.sequestra.registry.asset;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily fetch runs in one replica per schedule: this service and "another replica" (a lock
 * provider of its own on another connection pool to the same database) share the lock.
 */
class ReferenceRateFetchLockTest extends RegistryIntegrationTest {

  private static final String LOCK = "reference-rate-fetch";
  private static final String FILE = "/stats/eurofxref/eurofxref-daily.xml";

  private static final WireMockServer ECB =
      new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));

  static {
    ECB.start();
  }

  @DynamicPropertySource
  static void ecb(DynamicPropertyRegistry registry) {
    registry.add("sequestra.registry.reference-rates.url", () -> ECB.baseUrl() + FILE);
    registry.add("sequestra.registry.reference-rates.cron", () -> "-"); // called by the test
  }

  @Autowired ReferenceRateFetch fetch;
  @Autowired JdbcTemplate jdbc;

  private final LockProvider otherReplica =
      new JdbcTemplateLockProvider(
          JdbcTemplateLockProvider.Configuration.builder()
              .withJdbcTemplate(new JdbcTemplate(TestDatabase.dataSource("asset_registry")))
              .withTableName("shedlock")
              .usingDbTime()
              .build());

  @BeforeEach
  @AfterEach
  void noLockHeld() throws Exception {
    jdbc.update("delete from shedlock where name = ?", LOCK);
    ECB.resetAll();
    ECB.stubFor(
        get(urlEqualTo(FILE))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(EcbReferenceRatesTest.resource("eurofxref-daily-test.xml"))));
  }

  @Test
  void whileAnotherReplicaFetchesThisOneSkipsTheSchedule() {
    Optional<SimpleLock> running = otherReplica.lock(lock(Duration.ZERO));
    assertThat(running).isPresent();

    fetch.daily();
    ECB.verify(0, getRequestedFor(urlEqualTo(FILE)));

    running.get().unlock();
    fetch.daily();
    ECB.verify(1, getRequestedFor(urlEqualTo(FILE)));
  }

  @Test
  void aScheduleFetchedHereIsNotFetchedAgainByTheOtherReplica() {
    fetch.daily();
    fetch.daily();

    ECB.verify(1, getRequestedFor(urlEqualTo(FILE)));
    assertThat(otherReplica.lock(lock(Duration.ZERO))).isEmpty();
  }

  private static LockConfiguration lock(Duration atLeast) {
    return new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(5), atLeast);
  }
}
