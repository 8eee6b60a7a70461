package org.sequestra.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id rule the services and the gateway share: which header carries it, under which
 * logging key it travels, and which ids a caller may choose.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  /** Client-supplied ids end up in logs: accept only short, plain tokens. */
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** The offered id when it is acceptable, otherwise a new random one. */
  public static String acceptOrCreate(String offered) {
    return offered != null && ACCEPTABLE.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }
}
