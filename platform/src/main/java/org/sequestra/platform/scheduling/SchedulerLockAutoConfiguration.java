package org.sequestra.platform.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work that must happen once per schedule, however many replicas of a service run: a
 * method annotated {@code @Scheduled} and {@code @SchedulerLock(name = ...)} first takes the named
 * lock, a row of the {@value #TABLE} table in the service's own database (from the platform's
 * Flyway location {@code classpath:db/platform}); a replica that finds it held skips that run. Lock
 * times are the database's, so the replicas' clocks need not agree. {@code lockAtLeastFor} should
 * cover the clock skew between replicas (a run that ends early must not let a late replica run the
 * same schedule again); {@code lockAtMostFor} frees the lock of a replica that died while it ran.
 *
 * <p>Present in every service with a data source and ShedLock on its class path (the gateway has
 * neither); {@code sequestra.scheduling.enabled=false} turns scheduled work off.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(
    name = {
      "net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock",
      "net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider",
      "org.springframework.jdbc.core.JdbcTemplate"
    })
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "sequestra.scheduling.enabled", matchIfMissing = true)
public class SchedulerLockAutoConfiguration {

  /** The lock table in every service's database. */
  public static final String TABLE = "shedlock";

  @Bean
  @ConditionalOnMissingBean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName(TABLE)
            .usingDbTime()
            .build());
  }

  /** Schedules, each run behind its lock; a lock is kept 10 minutes at most unless it says. */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  @EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
  static class LockedScheduling {}
}
