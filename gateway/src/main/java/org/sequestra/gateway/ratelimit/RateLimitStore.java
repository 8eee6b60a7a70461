package org.sequestra.gateway.ratelimit;

import org.sequestra.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

/** Where the agencies' token buckets live: this replica's memory, or a store all replicas share. */
interface RateLimitStore {

  /**
   * Takes one token from the agency's bucket, creating the bucket (full) on first use.
   *
   * @return 0 when the request may pass; otherwise the nanoseconds until a token is available
   */
  Mono<Long> tryConsume(String agency, GatewayProperties.Limit limit);
}
