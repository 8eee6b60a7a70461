package org.sequestra.gateway.ratelimit;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sequestra.gateway.GatewayProperties;
import org.sequestra.gateway.web.ProblemResponses;
import org.sequestra.gateway.web.RequestIdFilter;
import org.sequestra.platform.security.CallerAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rate limit per agency, after authentication: the key is the agency the trust registry attributed
 * the token to (never a claim the caller chose), so all users and machine clients of one agency
 * share one bucket and one agency cannot starve another. The buckets live in a {@link
 * RateLimitStore}: this replica's memory by default, or Redis shared by all replicas.
 */
public class AgencyRateLimitFilter implements WebFilter, Ordered {

  private static final Logger log = LoggerFactory.getLogger(AgencyRateLimitFilter.class);

  private final GatewayProperties.RateLimit settings;
  private final ProblemResponses problems;
  private final RateLimitStore store;

  AgencyRateLimitFilter(
      GatewayProperties.RateLimit settings, ProblemResponses problems, RateLimitStore store) {
    this.settings = settings;
    this.problems = problems;
    this.store = store;
  }

  @Override
  public int getOrder() {
    // After Spring Security's WebFilterChainProxy (-100), before routing.
    return 0;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (!path.startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return exchange
        .getPrincipal()
        .filter(CallerAuthentication.class::isInstance)
        .map(principal -> Optional.of(((CallerAuthentication) principal).caller().agency()))
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            agency ->
                agency.isPresent() ? limit(exchange, chain, agency.get()) : chain.filter(exchange));
  }

  private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String agency) {
    exchange.getAttributes().put(RequestIdFilter.AGENCY_ATTRIBUTE, agency);
    if (!settings.enabled()) {
      return chain.filter(exchange);
    }
    return store
        .tryConsume(agency, settings.forAgency(agency))
        .flatMap(
            waitNanos ->
                waitNanos == 0
                    ? chain.filter(exchange)
                    : tooManyRequests(exchange, agency, waitNanos));
  }

  private Mono<Void> tooManyRequests(ServerWebExchange exchange, String agency, long waitNanos) {
    long retryAfter =
        Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1)));
    log.info("Rate limit exceeded for agency {}; retry after {} s", agency, retryAfter);
    return problems.write(
        exchange,
        HttpStatus.TOO_MANY_REQUESTS,
        "too-many-requests",
        "Too many requests",
        "Your agency's request rate limit is exhausted. Retry after " + retryAfter + " s.",
        headers -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
  }
}
