package org.sequestra.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response, proxied or the gateway's own (problems included). They are
 * set just before the response is committed, so they replace whatever a service sent.
 */
public class SecurityHeadersFilter implements WebFilter, Ordered {

  /**
   * Swagger UI runs from the same origin: its bundle, its CSS (with inline styles), data: icons.
   */
  static final String DOCS_CSP =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
          + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The console (a Vite build: scripts and styles as same-origin files, no inline script). Inline
   * styles stay allowed for style attributes that components and the graph view set; data from the
   * API and the log-in go to the same origin only.
   */
  static final String CONSOLE_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
          + "frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /** Everything else is data, never a document to render. */
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    ServerHttpResponse response = exchange.getResponse();
    response.beforeCommit(
        () -> {
          HttpHeaders headers = response.getHeaders();
          headers.set("X-Content-Type-Options", "nosniff");
          headers.set("X-Frame-Options", "DENY");
          headers.set("Referrer-Policy", "no-referrer");
          headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
          headers.set("Content-Security-Policy", contentSecurityPolicy(path));
          if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/bff/")) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            headers.remove(HttpHeaders.EXPIRES);
            headers.remove(HttpHeaders.PRAGMA);
          }
          return Mono.empty();
        });
    return chain.filter(exchange);
  }

  static String contentSecurityPolicy(String path) {
    if (path.equals("/api-docs.html")) {
      return DOCS_CSP;
    }
    if (path.equals("/console") || path.startsWith("/console/")) {
      return CONSOLE_CSP;
    }
    return API_CSP;
  }
}
