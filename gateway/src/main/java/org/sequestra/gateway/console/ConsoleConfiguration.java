package org.sequestra.gateway.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's backend-for-frontend pieces; the security chain that uses them is in {@code
 * security}. The session user's tokens live in their WebSession (never in the browser), so a
 * logged-out or expired session leaves nothing behind.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

  @Bean
  HubClientRegistrations hubClientRegistrations(ConsoleProperties properties) {
    return new HubClientRegistrations(properties);
  }

  @Bean
  ServerOAuth2AuthorizedClientRepository consoleAuthorizedClients() {
    return new WebSessionServerOAuth2AuthorizedClientRepository();
  }

  /** Hands out the session user's access token, refreshing it shortly before it expires. */
  @Bean
  ReactiveOAuth2AuthorizedClientManager consoleAuthorizedClientManager(
      ReactiveClientRegistrationRepository registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients) {
    DefaultReactiveOAuth2AuthorizedClientManager manager =
        new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
    manager.setAuthorizedClientProvider(
        ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
            .authorizationCode()
            .refreshToken()
            .build());
    return manager;
  }

  @Bean
  ConsoleLogout consoleLogout(
      ReactiveClientRegistrationRepository registrations,
      ConsoleProperties properties,
      JsonMapper jsonMapper) {
    return new ConsoleLogout(registrations, properties, jsonMapper);
  }

  @Bean
  RouterFunction<ServerResponse> consoleRoutes() {
    return ConsoleRoutes.routes();
  }
}
