package org.sequestra.gateway.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sequestra.platform.web.PayloadTooLargeException;
import org.sequestra.platform.web.RequestSizeLimits;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the limit with 413: at once when {@code Content-Length} says so, and
 * while streaming when a body without a declared length (chunked) grows past it. Runs before
 * authentication, so nobody can make the gateway read a huge body. Which limit applies (upload
 * paths have a larger one) is the services' rule, {@link RequestSizeLimits}; upload bodies are
 * streamed through, never buffered.
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

  private final RequestSizeLimits limits;

  public RequestSizeLimitFilter(DataSize limit, List<String> uploadPaths, DataSize uploadLimit) {
    this.limits = new RequestSizeLimits(limit, uploadPaths, uploadLimit);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 2;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    DataSize limit = limits.limitFor(request.getPath()::pathWithinApplication);
    if (RequestSizeLimits.exceeds(request.getHeaders().getContentLength(), limit)) {
      return Mono.error(new PayloadTooLargeException(limit));
    }
    ServerHttpRequest counted =
        new ServerHttpRequestDecorator(request) {
          @Override
          public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody()
                .handle(
                    (buffer, sink) -> {
                      if (RequestSizeLimits.exceeds(
                          seen.addAndGet(buffer.readableByteCount()), limit)) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLargeException(limit));
                      } else {
                        sink.next(buffer);
                      }
                    });
          }
        };
    return chain.filter(exchange.mutate().request(counted).build());
  }
}
