package org.sequestra.trace.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.http.HttpClient;
import org.sequestra.trace.registry.client.AssetsApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
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
    // HTTP/1.1: the JDK client's h2c upgrade attempt is pointless between our services.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.readTimeout());
    // The registry refuses properties it does not know; an absent one is left out, never null.
    JsonMapper withoutNulls =
        json.rebuild()
            .changeDefaultPropertyInclusion(
                inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    RestClient rest =
        RestClient.builder()
            .baseUrl(properties.url().toString())
            .requestFactory(requests)
            .requestInterceptor(relayCallersToken())
            .configureMessageConverters(
                converters ->
                    converters.withJsonConverter(new JacksonJsonHttpMessageConverter(withoutNulls)))
            .build();
    return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
        .build()
        .createClient(AssetsApi.class);
  }

  /** The caller's own token, relayed so that the registry applies the caller's rights. */
  private static ClientHttpRequestInterceptor relayCallersToken() {
    return (request, body, execution) -> {
      if (!(SecurityContextHolder.getContext().getAuthentication()
          instanceof JwtAuthenticationToken token)) {
        throw new IllegalStateException("calls to the registry need the caller's bearer token");
      }
      request
          .getHeaders()
          .set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
      return execution.execute(request, body);
    };
  }
}
