package org.sequestra.freezing.registry;

import java.util.concurrent.locks.ReentrantLock;
import org.sequestra.freezing.registry.client.FreezingEffectsApi;
import org.sequestra.platform.client.ServiceClients;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asset registry's generated client ({@code openapi/asset-registry.yaml}) for the relay, on a
 * {@link RestClient} that carries the freezing service's own token: a client-credentials grant of
 * its OAuth2 client registration, kept by Spring Security's authorized-client service until it
 * expires (then fetched again), and dropped when the registry answers 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RegistryProperties.class, RelayProperties.class})
class RegistryClientConfiguration {

  /** The relay runs outside any user's request: its token belongs to the service itself. */
  private static final Authentication SERVICE =
      UsernamePasswordAuthenticationToken.authenticated(
          "freezing-service", null, java.util.List.of());

  @Bean
  OAuth2AuthorizedClientManager registryTokens(
      ClientRegistrationRepository registrations, OAuth2AuthorizedClientService tokens) {
    AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
        new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    // The relay sends for several requests at once: one of them fetches a missing or expired
    // token, the others wait for it instead of each asking the token endpoint.
    ReentrantLock oneAtATime = new ReentrantLock();
    return request -> {
      oneAtATime.lock();
      try {
        return manager.authorize(request);
      } finally {
        oneAtATime.unlock();
      }
    };
  }

  @Bean
  FreezingEffectsApi registryFreezingEffects(
      RegistryProperties properties,
      JsonMapper json,
      OAuth2AuthorizedClientManager registryTokens,
      OAuth2AuthorizedClientService tokens) {
    OAuth2ClientHttpRequestInterceptor bearer =
        new OAuth2ClientHttpRequestInterceptor(registryTokens);
    bearer.setClientRegistrationIdResolver(request -> properties.clientRegistration());
    bearer.setPrincipalResolver(request -> SERVICE);
    bearer.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
    RestClient rest =
        ServiceClients.restClient(
                properties.url(),
                properties.connectTimeout(),
                properties.readTimeout(),
                ServiceClients.withoutNulls(json))
            .requestInterceptor(bearer)
            .build();
    return ServiceClients.create(rest, FreezingEffectsApi.class);
  }
}
