package org.sequestra.gateway.web;

import java.util.concurrent.TimeUnit;
import org.sequestra.platform.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;

/**
 * The outermost filter. Takes the caller's {@code X-Request-Id} when it is acceptable and makes one
 * otherwise (the services' rule, {@link RequestIds}); forwards it to the service, returns it in the
 * response, and puts it into the Reactor context (bridged to the logging MDC, see {@link
 * RequestIdLogging}). Any error from further down becomes a problem response here, so that the
 * access line written at the end of every request carries the final status.
 */
public class RequestIdFilter implements WebFilter, Ordered {

  public static final String HEADER = RequestIds.HEADER;
  public static final String MDC_KEY = RequestIds.MDC_KEY;
  public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";
  public static final String AGENCY_ATTRIBUTE = RequestIdFilter.class.getName() + ".agency";

  private static final Logger ACCESS_LOG = LoggerFactory.getLogger("org.sequestra.gateway.access");

  private final GatewayErrorHandler errorHandler;

  public RequestIdFilter(GatewayErrorHandler errorHandler) {
    this.errorHandler = errorHandler;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  public static String requestId(ServerWebExchange exchange) {
    return exchange.getAttribute(ATTRIBUTE);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long started = System.nanoTime();
    String requestId =
        RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
    ServerHttpRequest request =
        exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId)).build();
    ServerWebExchange tagged = exchange.mutate().request(request).build();
    tagged.getAttributes().put(ATTRIBUTE, requestId);
    ServerHttpResponse response = tagged.getResponse();
    response.getHeaders().set(HEADER, requestId);
    // The service echoes the id too; set (not add) just before commit so there is exactly one.
    response.beforeCommit(
        () -> {
          response.getHeaders().set(HEADER, requestId);
          return Mono.empty();
        });
    return chain
        .filter(tagged)
        .onErrorResume(error -> errorHandler.handle(tagged, error))
        .doFinally(signal -> logAccess(tagged, requestId, started, signal))
        .contextWrite(Context.of(MDC_KEY, requestId));
  }

  private static void logAccess(
      ServerWebExchange exchange, String requestId, long started, SignalType signal) {
    long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    HttpStatusCode status = exchange.getResponse().getStatusCode();
    String statusText =
        signal == SignalType.CANCEL
            ? "cancelled"
            : status == null ? "200" : String.valueOf(status.value());
    String agency = exchange.getAttribute(AGENCY_ATTRIBUTE);
    String method = exchange.getRequest().getMethod().name();
    String path = exchange.getRequest().getPath().value();
    String previous = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, requestId);
    MDC.put("method", method);
    MDC.put("path", path);
    MDC.put("status", statusText);
    MDC.put("durationMs", Long.toString(durationMs));
    if (agency != null) {
      MDC.put("agency", agency);
    }
    try {
      ACCESS_LOG.info(
          "{} {} {} {}ms agency={} requestId={}",
          method,
          path,
          statusText,
          durationMs,
          agency == null ? "-" : agency,
          requestId);
    } finally {
      MDC.remove("method");
      MDC.remove("path");
      MDC.remove("status");
      MDC.remove("durationMs");
      MDC.remove("agency");
      if (previous != null) {
        MDC.put(MDC_KEY, previous);
      } else {
        MDC.remove(MDC_KEY);
      }
    }
  }
}
