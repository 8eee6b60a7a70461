package org.sequestra.trace.registry;

import org.sequestra.platform.client.ServiceClients;
import org.sequestra.trace.registry.client.AssetsApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asset registry's generated client ({@code openapi/asset-registry.yaml}), on a {@link
 * RestClient} with the configured timeouts that relays the caller's bearer token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryClientConfiguration {

  @Bean
  AssetsApi registryAssets(RegistryProperties properties, JsonMapper json) {
    RestClient rest =
        ServiceClients.restClient(
                properties.url(),
                properties.connectTimeout(),
                properties.readTimeout(),
                ServiceClients.withoutNulls(json))
            .requestInterceptor(ServiceClients.relayCallersToken())
            .build();
    return ServiceClients.create(rest, AssetsApi.class);
  }
}
