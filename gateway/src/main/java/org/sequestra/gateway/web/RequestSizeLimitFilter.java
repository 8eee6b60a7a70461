package org.sequestra.gateway.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the limit with 413: at once when {@code Content-Length} says so, and
 * while streaming when a body without a declared length (chunked) grows past it. Runs before
 * authentication, so nobody can make the gateway read a huge body. Upload paths (statement imports)
 * have their own, larger limit; their bodies are streamed through, never buffered.
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

  private final DataSize defaultLimit;
  private final List<PathPattern> uploadPaths;
  private final DataSize uploadLimit;

  public RequestSizeLimitFilter(DataSize limit, List<String> uploadPaths, DataSize uploadLimit) {
    this.defaultLimit = limit;
    this.uploadPaths = uploadPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    this.uploadLimit = uploadLimit;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 2;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    PathContainer path = request.getPath().pathWithinApplication();
    boolean upload = uploadPaths.stream().anyMatch(pattern -> pattern.matches(path));
    DataSize limit = upload ? uploadLimit : defaultLimit;
    long max = limit.toBytes();
    if (request.getHeaders().getContentLength() > max) {
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
                      if (seen.addAndGet(buffer.readableByteCount()) > max) {
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
