package org.sequestra.platform.audit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

/**
 * The audit trail for every service with a database. The table comes from the platform's Flyway
 * location {@code classpath:db/platform}, which each service adds to {@code
 * spring.flyway.locations}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"
    })
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
public class AuditAutoConfiguration {

  private static final boolean JPA_PRESENT =
      ClassUtils.isPresent("jakarta.persistence.EntityManager", null)
          && ClassUtils.isPresent("org.springframework.orm.jpa.EntityManagerHolder", null);

  @Bean
  @ConditionalOnMissingBean
  AuditTrail auditTrail(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
    Runnable flush = JPA_PRESENT ? JpaFlush::flushBoundEntityManagers : () -> {};
    return new AuditTrail(jdbc, transactions, clock.getIfUnique(Clock::systemUTC), flush);
  }
}
