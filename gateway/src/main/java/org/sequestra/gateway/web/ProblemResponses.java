package org.sequestra.gateway.web;

import java.util.function.Consumer;
import org.sequestra.platform.web.Problems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problems ({@code application/problem+json}) straight to a reactive response,
 * built by the platform's {@link Problems} as the services' are, with the exchange's request id.
 */
public class ProblemResponses {

  private final JsonMapper jsonMapper;

  public ProblemResponses(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  public Mono<Void> write(
      ServerWebExchange exchange, HttpStatusCode status, String slug, String title, String detail) {
    return write(exchange, status, slug, title, detail, headers -> {});
  }

  public Mono<Void> write(
      ServerWebExchange exchange,
      HttpStatusCode status,
      String slug,
      String title,
      String detail,
      Consumer<HttpHeaders> extraHeaders) {
    return write(
        exchange,
        Problems.of(status, slug, title, detail, RequestIdFilter.requestId(exchange)),
        extraHeaders);
  }

  /** Writes a problem built by the platform (with this exchange's request id, if any). */
  public Mono<Void> write(
      ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> extraHeaders) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    byte[] bytes =
        jsonMapper.writeValueAsBytes(
            Problems.body(problem, exchange.getRequest().getPath().value()));
    response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
    HttpHeaders headers = response.getHeaders();
    // Whatever a failed upstream call may have left here does not describe this body.
    headers.remove(HttpHeaders.CONTENT_ENCODING);
    headers.remove(HttpHeaders.TRANSFER_ENCODING);
    headers.remove(HttpHeaders.ETAG);
    headers.remove(HttpHeaders.LAST_MODIFIED);
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    headers.setContentLength(bytes.length);
    extraHeaders.accept(headers);
    DataBuffer buffer = response.bufferFactory().wrap(bytes);
    return response.writeWith(Mono.just(buffer));
  }
}
