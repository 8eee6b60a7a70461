package org.sequestra.registry;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Only the method that began a transaction decides whether it commits. By default a refusal thrown
 * by an inner {@code @Transactional} call dooms the whole transaction even when the caller handles
 * it; the FtM import adds many entities through the ordinary services in one transaction, reports
 * the ones they refuse and goes on. The services refuse before they write, so nothing of a refused
 * entity is left behind. An exception that leaves the outermost method still rolls everything back.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

  @Bean
  TransactionManagerCustomizer<JpaTransactionManager> outermostDecides() {
    return manager -> manager.setGlobalRollbackOnParticipationFailure(false);
  }
}
