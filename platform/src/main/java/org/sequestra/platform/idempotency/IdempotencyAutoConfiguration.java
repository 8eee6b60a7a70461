package org.sequestra.platform.idempotency;

import java.time.Clock;
import org.sequestra.platform.ServletPlatformAutoConfiguration;
import org.sequestra.platform.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Idempotency-Key} for the POSTs of every servlet service with a database. The table comes
 * from the platform's Flyway location {@code classpath:db/platform}; expired keys are removed on a
 * schedule, in one replica per schedule (with the platform's scheduler lock).
 */
@AutoConfiguration(
    after = ServletPlatformAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
      "org.sequestra.platform.scheduling.SchedulerLockAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, ProblemWriter.class})
@ConditionalOnBooleanProperty(name = "sequestra.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

  /** After Spring Security's filter chain (order -100): the key is scoped by the caller. */
  static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      JdbcTemplate jdbc,
      IdempotencyProperties properties,
      ObjectProvider<Clock> clock,
      ProblemWriter problems) {
    IdempotencyStore store =
        new IdempotencyStore(jdbc, clock.getIfUnique(Clock::systemUTC), properties);
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(store, problems));
    registration.setOrder(ORDER);
    return registration;
  }

  /** Only where scheduled work is claimed by one replica (SchedulerLockAutoConfiguration). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "net.javacrumbs.shedlock.spring.annotation.SchedulerLock")
  @ConditionalOnBean(type = "net.javacrumbs.shedlock.core.LockProvider")
  static class Cleanup {

    /** Rows deleted per statement. */
    private static final int BATCH = 1000;

    @Bean
    IdempotencyCleanup idempotencyCleanup(
        JdbcTemplate jdbc, IdempotencyProperties properties, ObjectProvider<Clock> clock) {
      return new IdempotencyCleanup(jdbc, clock.getIfUnique(Clock::systemUTC), properties, BATCH);
    }
  }
}
