package org.sequestra.registry.cases;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The EMPACT taxonomy from {@code sequestra.registry.empact.cycles} (defaults:
 * empact-priorities.yaml).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmpactConfiguration.EmpactProperties.class)
class EmpactConfiguration {

  /**
   * @param cycle the single cycle of the configuration before cycles were versioned; refused, so
   *     that such a configuration is not silently ignored
   * @param priorities as {@code cycle}
   */
  @ConfigurationProperties("sequestra.registry.empact")
  record EmpactProperties(List<Cycle> cycles, String cycle, List<EmpactPriority> priorities) {}

  /**
   * @param source the act that adopted the cycle's priorities (e.g. Council conclusions)
   */
  record Cycle(
      String name,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
      String source,
      List<EmpactPriority> priorities) {}

  @Bean
  EmpactTaxonomy empactTaxonomy(EmpactProperties properties) {
    if (properties.cycle() != null || properties.priorities() != null) {
      throw new IllegalArgumentException(
          "sequestra.registry.empact.cycle/priorities are replaced by"
              + " sequestra.registry.empact.cycles[n].name/valid-from/valid-to/source/priorities");
    }
    List<Cycle> cycles = properties.cycles() == null ? List.of() : properties.cycles();
    return new EmpactTaxonomy(
        cycles.stream()
            .map(
                c ->
                    new EmpactCycle(
                        c.name(),
                        c.validFrom(),
                        c.validTo(),
                        c.source(),
                        c.priorities() == null ? List.of() : c.priorities()))
            .toList());
  }
}
