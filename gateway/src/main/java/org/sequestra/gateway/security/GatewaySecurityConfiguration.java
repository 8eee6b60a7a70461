package org.sequestra.gateway.security;

import org.sequestra.gateway.web.ProblemResponses;
import org.sequestra.platform.security.ReactiveIssuerAuthenticationManagers;
import org.sequestra.platform.security.SecurityProperties;
import org.sequestra.platform.security.TrustRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;

/**
 * Token check at the edge, with the same trust registry as the services: everything under {@code
 * /api/} needs a valid bearer token from a trusted issuer; health probes, metrics and the API docs
 * are public. Role checks stay in the services, which also verify the token again. The same filter
 * chain guards the management port, the only one where the actuator answers (on the API port its
 * paths are a 404).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class GatewaySecurityConfiguration {

  @Bean
  TrustRegistry trustRegistry(SecurityProperties properties) {
    return properties.trustRegistry();
  }

  @Bean
  ReactiveAuthenticationManagerResolver<ServerWebExchange> issuerAuthenticationManagerResolver(
      TrustRegistry registry, SecurityProperties properties) {
    return new JwtIssuerReactiveAuthenticationManagerResolver(
        new ReactiveIssuerAuthenticationManagers(registry, properties));
  }

  @Bean
  SecurityWebFilterChain gatewaySecurityFilterChain(
      ServerHttpSecurity http,
      ReactiveAuthenticationManagerResolver<ServerWebExchange> issuerAuthenticationManagerResolver,
      ProblemResponses problems) {
    BearerProblemHandler handler = new BearerProblemHandler(problems);
    return http.authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(
                        HttpMethod.GET,
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus")
                    .permitAll()
                    .pathMatchers("/actuator/**")
                    .denyAll()
                    .pathMatchers("/api/**", "/api")
                    .authenticated()
                    // API docs, Swagger UI assets; anything else is a 404 problem.
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .authenticationManagerResolver(issuerAuthenticationManagerResolver)
                    .authenticationEntryPoint(handler)
                    .accessDeniedHandler(handler))
        .exceptionHandling(
            exceptions -> exceptions.authenticationEntryPoint(handler).accessDeniedHandler(handler))
        // Security headers are written by SecurityHeadersFilter, for proxied responses too.
        .headers(headers -> headers.disable())
        .csrf(csrf -> csrf.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> anonymous.disable())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .build();
  }
}
