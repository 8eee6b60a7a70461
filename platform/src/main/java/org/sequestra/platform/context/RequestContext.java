package org.sequestra.platform.context;

import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.CallerAuthentication;
import org.sequestra.platform.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling and under which request id, for service code. Services pass the {@link Caller} on
 * to domain code explicitly rather than reaching for this from deep inside.
 */
public record RequestContext(Caller caller, String requestId) {

  public static RequestContext current() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CallerAuthentication authentication) {
      return new RequestContext(authentication.caller(), MDC.get(RequestIdFilter.MDC_KEY));
    }
    throw new IllegalStateException("no authenticated caller in this request");
  }

  public static Caller currentCaller() {
    return current().caller();
  }
}
