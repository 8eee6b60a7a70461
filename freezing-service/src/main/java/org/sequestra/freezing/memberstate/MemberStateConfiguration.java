package org.sequestra.freezing.memberstate;

import java.util.Set;
import org.sequestra.freezing.memberstate.domain.EuMemberStates;
import org.sequestra.freezing.memberstate.domain.RegulationStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The States the Regulation binds: CLDR's Member States less the configured ones. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MemberStateProperties.class)
class MemberStateConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MemberStateConfiguration.class);

  @Bean
  RegulationStates regulationStates(MemberStateProperties properties) {
    RegulationStates states =
        new RegulationStates(
            EuMemberStates.fromCldr(),
            EuMemberStates.source(),
            Set.copyOf(properties.notBound()),
            properties.notBoundSource());
    log.info(
        "Regulation (EU) 2018/1805 binds {} (Member States: {}; not bound: {}, per {})",
        states.bound(),
        EuMemberStates.source(),
        properties.notBound(),
        properties.notBoundSource());
    return states;
  }
}
