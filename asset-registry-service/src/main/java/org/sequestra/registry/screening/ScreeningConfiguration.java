package org.sequestra.registry.screening;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningProperties.class)
class ScreeningConfiguration {

  @Bean
  YenteClient yenteClient(ScreeningProperties properties) {
    return new YenteClient(properties);
  }
}
