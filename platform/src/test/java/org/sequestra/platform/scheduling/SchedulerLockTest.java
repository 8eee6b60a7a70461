package org.sequestra.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two replicas of a service (two application contexts with their own connection pools and lock
 * providers) against one database: a locked schedule runs in one of them per period.
 */
class SchedulerLockTest {

  private static final String DATABASE = "platform_scheduling";

  /** When either replica's tick ran, in System.nanoTime(). */
  static final List<Long> TICKS = Collections.synchronizedList(new ArrayList<>());

  private final ApplicationContextRunner replica =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
                  org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration.class,
                  SchedulerLockAutoConfiguration.class))
          .withUserConfiguration(Work.class)
          .withPropertyValues(
              "spring.datasource.url=" + url(),
              "spring.datasource.username=postgres",
              "spring.datasource.password=postgres",
              "spring.flyway.locations=classpath:db/platform");

  private static String url() {
    TestDatabase.dataSource(DATABASE); // creates it
    return TestDatabase.postgres().getJdbcUrl("postgres", DATABASE);
  }

  @Test
  void aScheduleOfTwoReplicasRunsOncePerPeriod() {
    TICKS.clear();
    replica.run(
        a ->
            replica.run(
                b -> {
                  // Each replica tries every 50 ms; the lock keeps each run's for at least a
                  // second.
                  await().atMost(Duration.ofSeconds(30)).until(() -> TICKS.size() >= 3);
                  assertThat(a.getBean(Tick.class).tried()).isGreaterThan(3);
                  assertThat(b.getBean(Tick.class).tried()).isGreaterThan(3);
                }));
    List<Long> runs = new ArrayList<>(TICKS);
    Collections.sort(runs);
    assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i < runs.size(); i++) {
      assertThat(Duration.ofNanos(runs.get(i) - runs.get(i - 1)))
          .isGreaterThan(Duration.ofMillis(900));
    }
  }

  @Test
  void aTaskTheOtherReplicaRanWithinItsLockIsSkipped() {
    replica.run(
        a ->
            replica.run(
                b -> {
                  Once onceA = a.getBean(Once.class);
                  Once onceB = b.getBean(Once.class);
                  onceA.run();
                  onceB.run();
                  onceA.run();
                  assertThat(onceA.ran() + onceB.ran()).isEqualTo(1);
                }));
  }

  @Test
  void theLockProviderIsTheServicesDatabase() {
    replica.run(
        context ->
            assertThat(context).hasSingleBean(net.javacrumbs.shedlock.core.LockProvider.class));
    replica
        .withPropertyValues("sequestra.scheduling.enabled=false")
        .run(
            context ->
                assertThat(context)
                    .doesNotHaveBean(net.javacrumbs.shedlock.core.LockProvider.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class Work {

    @Bean
    Tick tick() {
      return new Tick();
    }

    @Bean
    Once once() {
      return new Once();
    }
  }

  static class Tick {
    final AtomicInteger tried = new AtomicInteger();

    /** Read through the bean (a proxy, whose own fields are unused). */
    public int tried() {
      return tried.get();
    }

    /** Shows the replica's scheduler is running. */
    @Scheduled(fixedDelay = 50)
    public void heartbeat() {
      tried.incrementAndGet();
    }

    @Scheduled(fixedDelay = 50)
    @SchedulerLock(name = "test-tick", lockAtLeastFor = "PT1S", lockAtMostFor = "PT10S")
    public void run() {
      TICKS.add(System.nanoTime());
    }
  }

  static class Once {
    final AtomicInteger ran = new AtomicInteger();

    public int ran() {
      return ran.get();
    }

    @SchedulerLock(name = "test-once", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1M")
    public void run() {
      ran.incrementAndGet();
    }
  }
}
