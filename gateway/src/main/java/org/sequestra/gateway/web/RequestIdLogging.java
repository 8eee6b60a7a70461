package org.sequestra.gateway.web;

import io.micrometer.context.ContextRegistry;
import org.sequestra.platform.web.RequestIds;
import org.slf4j.MDC;

/**
 * Bridges the request id from the Reactor context to the logging MDC. With {@code
 * spring.reactor.context-propagation=auto}, Reactor restores it on whichever thread runs an
 * operator of the request, so log lines of the gateway's own code carry {@code requestId}.
 */
public final class RequestIdLogging {

  private static volatile boolean registered;

  private RequestIdLogging() {}

  public static synchronized void register() {
    if (registered) {
      return;
    }
    ContextRegistry.getInstance()
        .registerThreadLocalAccessor(
            RequestIds.MDC_KEY,
            () -> MDC.get(RequestIds.MDC_KEY),
            value -> MDC.put(RequestIds.MDC_KEY, value),
            () -> MDC.remove(RequestIds.MDC_KEY));
    registered = true;
  }
}
