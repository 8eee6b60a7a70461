package org.sequestra.platform;

import org.sequestra.platform.security.IssuerAuthenticationManagers;
import org.sequestra.platform.security.SecurityProperties;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.web.DateRange;
import org.sequestra.platform.web.ProblemDetailsAdvice;
import org.sequestra.platform.web.ProblemWriter;
import org.sequestra.platform.web.RequestIdFilter;
import org.sequestra.platform.web.RequestSizeLimitFilter;
import org.sequestra.platform.web.SecurityProblemHandler;
import org.sequestra.platform.web.StrictJson;
import org.sequestra.platform.web.TextInputFilter;
import org.sequestra.platform.web.WebProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Spring MVC service gets from the platform: token validation against the trust
 * registry, problem+json errors, request ids, a request size limit and the input rules for text and
 * JSON types (control characters, no silent coercion). Roles are checked on the controllers with
 * {@code @PreAuthorize}.
 */
// After Boot's message converters, so that the strict JSON converter replaces the default one.
@AutoConfiguration(
    afterName =
        "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, WebProperties.class})
@EnableWebSecurity
@EnableMethodSecurity
public class ServletPlatformAutoConfiguration {

  @Bean
  TrustRegistry trustRegistry(SecurityProperties properties) {
    return properties.trustRegistry();
  }

  @Bean
  ProblemWriter problemWriter(JsonMapper jsonMapper) {
    return new ProblemWriter(jsonMapper);
  }

  @Bean
  ProblemDetailsAdvice problemDetailsAdvice() {
    return new ProblemDetailsAdvice();
  }

  @Bean
  DateRange dateRange() {
    return new DateRange();
  }

  @Bean
  JacksonModule dateRangeJacksonModule() {
    return DateRange.jacksonModule();
  }

  /**
   * URLs and headers the firewall refuses (control characters, encoded slashes) are a 400 problem.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemWriter writer) {
    return new SecurityProblemHandler(writer);
  }

  @Bean
  SecurityFilterChain platformSecurityFilterChain(
      HttpSecurity http,
      TrustRegistry registry,
      SecurityProperties properties,
      ProblemWriter writer)
      throws Exception {
    SecurityProblemHandler problems = new SecurityProblemHandler(writer);
    JwtIssuerAuthenticationManagerResolver byIssuer =
        new JwtIssuerAuthenticationManagerResolver(
            new IssuerAuthenticationManagers(registry, properties));
    http.authorizeHttpRequests(
            requests ->
                requests
                    // Served on the management port only (a 404 on the API port); this chain
                    // guards both ports.
                    .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/prometheus")
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .authenticationManagerResolver(byIssuer)
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  @Bean
  FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
    FilterRegistrationBean<RequestIdFilter> registration =
        new FilterRegistrationBean<>(new RequestIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Request bodies are read by the platform's JSON input rules (see {@link StrictJson}). */
  @Bean
  ServerHttpMessageConvertersCustomizer strictJsonRequestBodies(JsonMapper jsonMapper) {
    JsonMapper strict = StrictJson.strict(jsonMapper);
    return new OrderedConvertersCustomizer(
        builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict)));
  }

  @Bean
  FilterRegistrationBean<TextInputFilter> textInputFilter(ProblemWriter writer) {
    FilterRegistrationBean<TextInputFilter> registration =
        new FilterRegistrationBean<>(new TextInputFilter(writer));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** Last among the customizers: Boot's own sets the default JSON converter before it. */
  private record OrderedConvertersCustomizer(ServerHttpMessageConvertersCustomizer delegate)
      implements ServerHttpMessageConvertersCustomizer, Ordered {

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
      delegate.customize(builder);
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      WebProperties web, ProblemWriter writer) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimitFilter(
                web.maxRequestSize(), web.uploadPaths(), web.maxUploadSize(), writer));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
