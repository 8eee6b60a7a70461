package org.sequestra.gateway.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import org.sequestra.platform.web.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error into an RFC 9457 problem: unknown routes (404), services that are down or whose
 * circuit is open (503), too slow (504), bodies too large (413), and anything unexpected (500,
 * logged with its stack trace, never shown). Replaces Spring Boot's JSON/HTML error page.
 */
public class GatewayErrorHandler implements ErrorWebExceptionHandler, Ordered {

  private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

  private final ProblemResponses problems;

  public GatewayErrorHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    // Before Spring Boot's DefaultErrorWebExceptionHandler (-1) and WebFlux's own handlers (0).
    return -2;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      log.warn(
          "{} {} failed after the response was committed: {}",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          error.toString());
      return Mono.error(error);
    }
    Problem problem = classify(error);
    if (problem.status().value() == 500) {
      log.error(
          "Unexpected error on {} {}",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          error);
    } else if (problem.status().is5xxServerError()) {
      log.warn(
          "{} {} answered {}: {}",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          problem.status().value(),
          rootMessage(error));
    }
    exchange.getResponse().getHeaders().clearContentHeaders();
    return problems.write(
        exchange,
        problem.status(),
        problem.slug(),
        problem.title(),
        problem.detail(),
        headers -> problem.headers().forEach(headers::put));
  }

  record Problem(
      HttpStatusCode status, String slug, String title, String detail, HttpHeaders headers) {
    Problem(HttpStatus status, String slug, String title, String detail) {
      this(status, slug, title, detail, HttpHeaders.EMPTY);
    }
  }

  static Problem classify(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      Problem infrastructure = infrastructure(cause);
      if (infrastructure != null) {
        return infrastructure;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (error instanceof ResponseStatusException status) {
      return fromStatus(status.getStatusCode(), status.getHeaders());
    }
    // e.g. the gateway's ServiceUnavailableException (circuit open, no instance)
    ResponseStatus annotated =
        AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
    if (annotated != null) {
      return fromStatus(annotated.code(), HttpHeaders.EMPTY);
    }
    if (error instanceof AuthenticationServiceException) {
      return new Problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "service-unavailable",
          "Token verification unavailable",
          "The token could not be verified right now (identity provider unreachable). Try again later.");
    }
    if (error instanceof AuthenticationException) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      return new Problem(
          HttpStatus.UNAUTHORIZED,
          "unauthorized",
          "Authentication required",
          "The bearer token was rejected.",
          headers);
    }
    if (error instanceof AccessDeniedException) {
      return new Problem(
          HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This operation is not allowed.");
    }
    return new Problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "The gateway could not process the request.");
  }

  private static Problem infrastructure(Throwable cause) {
    if (cause instanceof PayloadTooLargeException tooLarge) {
      return payloadTooLarge("The request body exceeds " + tooLarge.limit().toBytes() + " bytes.");
    }
    if (cause instanceof DataBufferLimitException) {
      return payloadTooLarge("The request body is too large.");
    }
    if (cause instanceof CallNotPermittedException) {
      return serviceUnavailable(
          "The service is failing; the gateway stopped calling it for a moment. Try again shortly.");
    }
    if (cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof UnresolvedAddressException
        || cause instanceof io.netty.channel.ConnectTimeoutException) {
      return serviceUnavailable("The service cannot be reached. Try again shortly.");
    }
    if (cause instanceof TimeoutException
        || cause instanceof io.netty.handler.timeout.TimeoutException) {
      return gatewayTimeout();
    }
    if (cause instanceof reactor.netty.http.client.PrematureCloseException) {
      return new Problem(
          HttpStatus.BAD_GATEWAY,
          "bad-gateway",
          "Bad gateway",
          "The service closed the connection before answering.");
    }
    return null;
  }

  private static Problem fromStatus(HttpStatusCode status, HttpHeaders extra) {
    HttpHeaders headers = new HttpHeaders();
    extra.forEach(headers::put);
    return switch (status.value()) {
      case 400 ->
          new Problem(status, "bad-request", "Bad request", "The request is malformed.", headers);
      case 401 ->
          new Problem(
              status,
              "unauthorized",
              "Authentication required",
              "A valid bearer token is required.",
              headers);
      case 403 ->
          new Problem(status, "forbidden", "Forbidden", "This operation is not allowed.", headers);
      case 404 ->
          new Problem(
              status, "not-found", "Not found", "No API route or resource for this path.", headers);
      case 405 ->
          new Problem(
              status,
              "method-not-allowed",
              "Method not allowed",
              "This method is not supported here.",
              headers);
      case 413 -> payloadTooLarge("The request body is too large.");
      case 415 ->
          new Problem(
              status,
              "unsupported-media-type",
              "Unsupported media type",
              "This content type is not supported.",
              headers);
      case 503 -> serviceUnavailable("The service is unavailable. Try again shortly.");
      case 504 -> gatewayTimeout();
      default ->
          status.is5xxServerError()
              ? new Problem(
                  status,
                  "internal",
                  "Internal error",
                  "The gateway could not process the request.",
                  headers)
              : new Problem(
                  status,
                  "request-rejected",
                  "Request rejected",
                  "The request was rejected.",
                  headers);
    };
  }

  private static Problem payloadTooLarge(String detail) {
    return new Problem(
        HttpStatus.CONTENT_TOO_LARGE,
        PayloadTooLargeException.SLUG,
        PayloadTooLargeException.TITLE,
        detail);
  }

  private static Problem serviceUnavailable(String detail) {
    return new Problem(
        HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail);
  }

  private static Problem gatewayTimeout() {
    return new Problem(
        HttpStatus.GATEWAY_TIMEOUT,
        "gateway-timeout",
        "Service timeout",
        "The service did not answer in time.");
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == error ? error.toString() : error + " (cause: " + root + ")";
  }
}
