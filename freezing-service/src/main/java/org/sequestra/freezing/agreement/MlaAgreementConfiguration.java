package org.sequestra.freezing.agreement;

import java.util.List;
import java.util.Set;
import org.sequestra.freezing.agreement.domain.MlaAgreement;
import org.sequestra.freezing.agreement.domain.MlaAgreements;
import org.sequestra.freezing.deadline.DeadlinePeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the agreement table; a malformed entry fails at start-up, naming it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MlaAgreementProperties.class)
class MlaAgreementConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MlaAgreementConfiguration.class);

  @Bean
  MlaAgreements mlaAgreements(MlaAgreementProperties properties) {
    List<MlaAgreement> agreements =
        properties.mlaAgreements().stream().map(MlaAgreementConfiguration::agreement).toList();
    log.info(
        "MLA agreements configured: {}",
        agreements.isEmpty() ? "none" : agreements.stream().map(MlaAgreement::id).toList());
    return new MlaAgreements(agreements);
  }

  private static MlaAgreement agreement(MlaAgreementProperties.Entry entry) {
    MlaAgreementProperties.Deadlines deadlines = entry.deadlines();
    try {
      return new MlaAgreement(
          entry.id(),
          entry.name(),
          entry.source(),
          entry.countries() == null ? Set.of() : Set.copyOf(entry.countries()),
          deadlines == null ? null : period(deadlines.recognition()),
          deadlines == null ? null : period(deadlines.execution()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "sequestra.freezing.mla-agreements, entry " + entry.id() + ": " + e.getMessage(), e);
    }
  }

  private static DeadlinePeriod period(String iso8601) {
    return iso8601 == null || iso8601.isBlank() ? null : DeadlinePeriod.parse(iso8601);
  }
}
