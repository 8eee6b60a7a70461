package org.sequestra.gateway.console;

import java.util.Optional;
import org.sequestra.gateway.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The token relay of the console's session users (a filter of the session security chain, before
 * authorization): on {@code /api/**} and {@code /bff/session} it takes the session user's access
 * token from the authorized-client manager (refreshed with the refresh token when it is about to
 * expire, as Spring Cloud Gateway's {@code TokenRelay} does), checks it exactly like a bearer token
 * (trust registry, audience, expiry: {@code CallerAuthentication}), sends it on as {@code
 * Authorization: Bearer} and makes that caller the request's principal. So everything after it
 * (rate limit per agency, access log, routing, the services) sees a session user as the bearer
 * client it stands for. A session whose tokens cannot be refreshed is a 401 problem and is ended.
 */
public final class SessionTokenRelay implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger(SessionTokenRelay.class);

  private final ServerWebExchangeMatcher paths;
  private final ReactiveOAuth2AuthorizedClientManager clients;
  private final ReactiveAuthenticationManagerResolver<ServerWebExchange> tokens;
  private final ProblemResponses problems;

  public SessionTokenRelay(
      ServerWebExchangeMatcher paths,
      ReactiveOAuth2AuthorizedClientManager clients,
      ReactiveAuthenticationManagerResolver<ServerWebExchange> tokens,
      ProblemResponses problems) {
    this.paths = paths;
    this.clients = clients;
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return paths
        .matches(exchange)
        .filter(ServerWebExchangeMatcher.MatchResult::isMatch)
        .flatMap(match -> ReactiveSecurityContextHolder.getContext())
        .map(SecurityContext::getAuthentication)
        .filter(OAuth2AuthenticationToken.class::isInstance)
        .map(session -> Optional.of((OAuth2AuthenticationToken) session))
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            session ->
                session.isPresent()
                    ? relay(exchange, chain, session.get())
                    : chain.filter(exchange));
  }

  private Mono<Void> relay(
      ServerWebExchange exchange, WebFilterChain chain, OAuth2AuthenticationToken session) {
    OAuth2AuthorizeRequest request =
        OAuth2AuthorizeRequest.withClientRegistrationId(session.getAuthorizedClientRegistrationId())
            .principal(session)
            .attribute(ServerWebExchange.class.getName(), exchange)
            .build();
    return clients
        .authorize(request)
        .map(client -> Optional.of(accessToken(client)))
        .defaultIfEmpty(Optional.empty())
        .onErrorResume(
            OAuth2AuthorizationException.class,
            failed -> {
              log.info(
                  "Console session ended: its tokens could not be refreshed ({})", code(failed));
              return Mono.just(Optional.empty());
            })
        .flatMap(
            token ->
                token.isPresent()
                    ? verifyAndForward(exchange, chain, token.get())
                    : expired(exchange, "The console session has expired. Log in again."));
  }

  private Mono<Void> verifyAndForward(
      ServerWebExchange exchange, WebFilterChain chain, String token) {
    return tokens
        .resolve(exchange)
        .flatMap(manager -> manager.authenticate(new BearerTokenAuthenticationToken(token)))
        .map(Optional::of)
        .onErrorResume(
            error ->
                error instanceof AuthenticationException
                    && !(error instanceof AuthenticationServiceException),
            rejected -> {
              log.info("Console session ended: its token was rejected ({})", rejected.getMessage());
              return Mono.just(Optional.<Authentication>empty());
            })
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            caller ->
                caller.isPresent()
                    ? forward(exchange, chain, token, caller.get())
                    : expired(
                        exchange,
                        "The console session's token is not accepted by the platform. Log in"
                            + " again through your agency."));
  }

  private static Mono<Void> forward(
      ServerWebExchange exchange, WebFilterChain chain, String token, Authentication caller) {
    ServerHttpRequest withToken =
        exchange
            .getRequest()
            .mutate()
            .headers(
                headers -> {
                  headers.setBearerAuth(token);
                  // The services take tokens, never the browser's session or CSRF cookies.
                  headers.remove(HttpHeaders.COOKIE);
                })
            .build();
    return chain
        .filter(exchange.mutate().request(withToken).build())
        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(caller));
  }

  private Mono<Void> expired(ServerWebExchange exchange, String detail) {
    return exchange
        .getSession()
        .flatMap(session -> session.invalidate())
        .then(
            problems.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "Authentication required",
                detail));
  }

  private static String accessToken(OAuth2AuthorizedClient client) {
    return client.getAccessToken().getTokenValue();
  }

  private static String code(OAuth2AuthorizationException failed) {
    return failed.getError() != null ? failed.getError().getErrorCode() : failed.toString();
  }
}
