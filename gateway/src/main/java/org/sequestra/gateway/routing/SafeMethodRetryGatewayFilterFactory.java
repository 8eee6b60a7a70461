package org.sequestra.gateway.routing;

import java.io.IOException;
import java.util.Set;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Route filter {@code SafeMethodRetry}: Spring Cloud Gateway's Retry, limited to the safe methods
 * (GET, HEAD, OPTIONS), which change nothing and carry no body, so sending one again is harmless.
 * Retried: the instance could not be reached or dropped the connection (an {@link IOException}:
 * refused, reset, closed before answering), or it answered 502 or 503; each attempt goes through
 * the load balancer again, so to the next instance. Not retried: time-outs (a slow answer would
 * only be asked for again, from a busy service), and every other method, even with an {@code
 * Idempotency-Key}: a failed write goes back to the client, which may repeat it with the same key
 * (the service carries a key out once), and a body is never held to be sent twice.
 */
class SafeMethodRetryGatewayFilterFactory extends RetryGatewayFilterFactory {

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final RetryProperties properties;

  SafeMethodRetryGatewayFilterFactory(RetryProperties properties) {
    this.properties = properties;
  }

  /** The defaults of a route that names the filter without arguments. */
  @Override
  public RetryConfig newConfig() {
    return new RetryConfig()
        .setRetries(properties.retries())
        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
        .setSeries()
        .setMethods(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)
        .setExceptions(IOException.class)
        .setBackoff(properties.firstBackoff(), properties.maxBackoff(), 2, false);
  }

  @Override
  public GatewayFilter apply(RetryConfig config) {
    if (!SAFE.containsAll(config.getMethods())) {
      throw new IllegalArgumentException(
          "SafeMethodRetry retries only GET, HEAD and OPTIONS, not " + config.getMethods());
    }
    if (config.getRetries() == 0) {
      return (exchange, chain) -> chain.filter(exchange);
    }
    return super.apply(config);
  }

  /**
   * Spring's Retry holds every request body of its route in memory to send it again; safe methods
   * have none, so bodies (uploads among them) stay streamed.
   */
  @Override
  protected void enableBodyCaching(String routeId) {
    // nothing to cache
  }
}
