package org.sequestra.freezing.snapshot;

import java.net.http.HttpClient;
import org.sequestra.freezing.registry.RegistryProperties;
import org.sequestra.freezing.registry.client.AssetsApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's generated Assets client for reading a certificate's assets at issue. Unlike the
 * relay's client it carries no token of the service's own: it relays the bearer token of the user
 * who issues, so the registry shows only what that user's agency may see and audits the read under
 * that user. Same base URL and time-outs as the relay ({@code sequestra.registry}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
class SnapshotClientConfiguration {

  @Bean
  AssetsApi registryAssetsAsCaller(RegistryProperties properties, JsonMapper json) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.readTimeout());
    // A field or status the registry adds later must not make its answers unreadable here: an
    // unknown status reads as none, which the snapshot rules refuse.
    JsonMapper tolerant =
        json.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();
    RestClient rest =
        RestClient.builder()
            .baseUrl(properties.url().toString())
            .requestFactory(requests)
            .requestInterceptor(callersToken())
            .configureMessageConverters(
                converters ->
                    converters.withJsonConverter(new JacksonJsonHttpMessageConverter(tolerant)))
            .build();
    return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
        .build()
        .createClient(AssetsApi.class);
  }

  /** The verified bearer token of the request being served (token relay). */
  private static ClientHttpRequestInterceptor callersToken() {
    return (request, body, execution) -> {
      if (SecurityContextHolder.getContext().getAuthentication()
          instanceof AbstractOAuth2TokenAuthenticationToken<?> caller) {
        request.getHeaders().setBearerAuth(caller.getToken().getTokenValue());
      }
      return execution.execute(request, body);
    };
  }
}
