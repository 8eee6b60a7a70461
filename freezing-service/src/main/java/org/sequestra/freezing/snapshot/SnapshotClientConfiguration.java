package org.sequestra.freezing.snapshot;

import org.sequestra.freezing.registry.RegistryProperties;
import org.sequestra.freezing.registry.client.AssetsApi;
import org.sequestra.freezing.registry.client.CasesApi;
import org.sequestra.platform.client.ServiceClients;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's generated Assets and Cases clients for reading a certificate's assets and their
 * case at issue. Unlike the relay's client they carry no token of the service's own: they relay the
 * bearer token of the user who issues, so the registry shows only what that user's agency may see
 * and audits the read under that user. Same base URL and time-outs as the relay ({@code
 * sequestra.registry}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
class SnapshotClientConfiguration {

  @Bean
  AssetsApi registryAssetsAsCaller(RegistryProperties properties, JsonMapper json) {
    return ServiceClients.create(asCaller(properties, json), AssetsApi.class);
  }

  @Bean
  CasesApi registryCasesAsCaller(RegistryProperties properties, JsonMapper json) {
    return ServiceClients.create(asCaller(properties, json), CasesApi.class);
  }

  private static RestClient asCaller(RegistryProperties properties, JsonMapper json) {
    // A field or status the registry adds later must not make its answers unreadable here: an
    // unknown status reads as none, which the snapshot rules refuse.
    JsonMapper tolerant =
        json.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();
    return ServiceClients.restClient(
            properties.url(), properties.connectTimeout(), properties.readTimeout(), tolerant)
        .requestInterceptor(ServiceClients.relayCallersToken())
        .build();
  }
}
