package org.sequestra.gateway.security;

import java.util.Set;
import org.sequestra.gateway.console.ConsoleLogout;
import org.sequestra.gateway.console.ConsoleProperties;
import org.sequestra.gateway.console.HubClientRegistrations;
import org.sequestra.gateway.console.SessionTokenRelay;
import org.sequestra.gateway.web.ProblemResponses;
import org.sequestra.platform.security.ReactiveIssuerAuthenticationManagers;
import org.sequestra.platform.security.SecurityProperties;
import org.sequestra.platform.security.TrustRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Token check at the edge, with the same trust registry as the services, and the console's log-in.
 *
 * <p>Two filter chains, chosen by whether the request carries an {@code Authorization} header:
 *
 * <ol>
 *   <li>API clients with a bearer token on {@code /api/**}: the OAuth2 resource server the gateway
 *       has always been, stateless (no session, no CSRF: a browser cannot attach a bearer token to
 *       a forged request).
 *   <li>everything else: the console's session (oauth2Login at the hub realm, an HttpOnly SameSite
 *       cookie, CSRF tokens for state-changing calls, the session user's token relayed to {@code
 *       /api/**}), the console's files, probes, metrics and the API docs, and {@code /api/**}
 *       without any credential (the same 401 problem as before).
 * </ol>
 *
 * Splitting on the header, not on the path, lets one URL space serve both without either weakening
 * the other: a bearer request never reads or creates a session, and a session cookie never
 * authenticates a request that presents a token. Without a console client secret the second chain
 * has no log-in and no session at all. Role checks stay in the services, which verify every token
 * again. The same chains guard the management port, the only one where the actuator answers (on the
 * API port its paths are a 404).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class GatewaySecurityConfiguration {

  /** The console's session cookie ({@code server.reactive.session.cookie.name}). */
  public static final String SESSION_COOKIE = "SEQUESTRA_SESSION";

  private static final Set<HttpMethod> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

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
  @Order(1)
  SecurityWebFilterChain bearerApiSecurityFilterChain(
      ServerHttpSecurity http,
      ReactiveAuthenticationManagerResolver<ServerWebExchange> issuerAuthenticationManagerResolver,
      ProblemResponses problems) {
    BearerProblemHandler handler = new BearerProblemHandler(problems);
    return http.securityMatcher(
            new AndServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers("/api/**", "/api"),
                GatewaySecurityConfiguration::carriesAuthorization))
        .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
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

  @Bean
  @Order(2)
  SecurityWebFilterChain browserSecurityFilterChain(
      ServerHttpSecurity http,
      ReactiveAuthenticationManagerResolver<ServerWebExchange> issuerAuthenticationManagerResolver,
      ProblemResponses problems,
      ConsoleProperties console,
      HubClientRegistrations registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients,
      ReactiveOAuth2AuthorizedClientManager authorizedClientManager,
      ConsoleLogout logout) {
    BearerProblemHandler handler = new BearerProblemHandler(problems);
    http.authorizeExchange(
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
                    .pathMatchers("/api/**", "/api", "/bff/session")
                    .authenticated()
                    // The console's files, log-in and log-out, API docs, Swagger UI assets;
                    // anything else is a 404 problem.
                    .anyExchange()
                    .permitAll())
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(entryPoint(handler, problems))
                    .accessDeniedHandler(handler))
        .headers(headers -> headers.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .anonymous(anonymous -> anonymous.disable())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()));
    if (!console.loginEnabled()) {
      // No console: the API and the public pages exactly as before, nothing kept between requests.
      return http.csrf(csrf -> csrf.disable())
          .logout(l -> l.disable())
          .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
          .build();
    }
    DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests =
        new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
    authorizationRequests.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce());
    CookieServerCsrfTokenRepository csrfTokens =
        CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookiePath("/");
    // Behind a proxy that ends TLS the request looks like http: the public URL says it is not.
    boolean https = console.publicUrl() != null && console.publicUrl().startsWith("https://");
    csrfTokens.setCookieCustomizer(
        cookie -> {
          cookie.sameSite("Lax");
          if (https) {
            cookie.secure(true);
          }
        });
    return http.securityContextRepository(new WebSessionServerSecurityContextRepository())
        .oauth2Login(
            login ->
                login
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(authorizedClients)
                    .authorizationRequestResolver(authorizationRequests)
                    .loginPage("/console/")
                    .authenticationSuccessHandler(
                        new RedirectServerAuthenticationSuccessHandler("/console/"))
                    .authenticationFailureHandler(
                        new RedirectServerAuthenticationFailureHandler("/console/?login=failed")))
        // The SPA reads the XSRF-TOKEN cookie and sends it back as X-XSRF-TOKEN. Only requests
        // with a session cookie can ride on a session, so only they need the token.
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(GatewaySecurityConfiguration::sessionStateChange)
                    .accessDeniedHandler(csrfDenied(problems)))
        .addFilterAfter(csrfCookie(), SecurityWebFiltersOrder.CSRF)
        .logout(
            l ->
                l.logoutUrl("/bff/logout")
                    .logoutHandler(
                        new DelegatingServerLogoutHandler(
                            new SecurityContextServerLogoutHandler(),
                            new WebSessionServerLogoutHandler()))
                    .logoutSuccessHandler(logout))
        .addFilterBefore(
            new SessionTokenRelay(
                ServerWebExchangeMatchers.pathMatchers("/api/**", "/api", "/bff/session"),
                authorizedClientManager,
                issuerAuthenticationManagerResolver,
                problems),
            SecurityWebFiltersOrder.AUTHORIZATION)
        .build();
  }

  private static Mono<ServerWebExchangeMatcher.MatchResult> carriesAuthorization(
      ServerWebExchange exchange) {
    return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
        ? ServerWebExchangeMatcher.MatchResult.match()
        : ServerWebExchangeMatcher.MatchResult.notMatch();
  }

  private static Mono<ServerWebExchangeMatcher.MatchResult> sessionStateChange(
      ServerWebExchange exchange) {
    boolean stateChange = !SAFE_METHODS.contains(exchange.getRequest().getMethod());
    return stateChange && exchange.getRequest().getCookies().containsKey(SESSION_COOKIE)
        ? ServerWebExchangeMatcher.MatchResult.match()
        : ServerWebExchangeMatcher.MatchResult.notMatch();
  }

  /** The API's bearer 401 as before; the console's own paths say "not logged in". */
  private static ServerAuthenticationEntryPoint entryPoint(
      BearerProblemHandler bearer, ProblemResponses problems) {
    ServerAuthenticationEntryPoint notLoggedIn =
        (exchange, exception) ->
            problems.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "Not logged in",
                "No console session. Log in at /oauth2/authorization/"
                    + HubClientRegistrations.REGISTRATION_ID
                    + ".");
    DelegatingServerAuthenticationEntryPoint entryPoint =
        new DelegatingServerAuthenticationEntryPoint(
            new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                ServerWebExchangeMatchers.pathMatchers("/bff/**"), notLoggedIn));
    entryPoint.setDefaultEntryPoint(bearer);
    return entryPoint;
  }

  private static ServerAccessDeniedHandler csrfDenied(ProblemResponses problems) {
    return (exchange, denied) ->
        problems.write(
            exchange,
            HttpStatus.FORBIDDEN,
            "csrf",
            "CSRF token missing or wrong",
            "A state-changing call with the console's session needs the X-XSRF-TOKEN header with"
                + " the value of the XSRF-TOKEN cookie.");
  }

  /** Makes sure the XSRF-TOKEN cookie exists, so the SPA has it before its first POST. */
  private static WebFilter csrfCookie() {
    ServerWebExchangeMatcher consolePaths =
        ServerWebExchangeMatchers.pathMatchers("/", "/console/**", "/bff/**", "/api/**");
    return (exchange, chain) ->
        consolePaths
            .matches(exchange)
            .flatMap(
                match -> {
                  Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
                  return match.isMatch() && token != null
                      ? token.then(chain.filter(exchange))
                      : chain.filter(exchange);
                });
  }
}
