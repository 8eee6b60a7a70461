package org.sequestra.registry.cases;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The EMPACT taxonomy from {@code sequestra.registry.empact} (defaults: empact-priorities.yaml).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmpactConfiguration.EmpactProperties.class)
class EmpactConfiguration {

  @ConfigurationProperties("sequestra.registry.empact")
  record EmpactProperties(String cycle, List<EmpactPriority> priorities) {}

  @Bean
  EmpactTaxonomy empactTaxonomy(EmpactProperties properties) {
    return new EmpactTaxonomy(
        properties.cycle(), properties.priorities() == null ? List.of() : properties.priorities());
  }
}
