package org.sequestra.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.sequestra.gateway.GatewayProperties;
import org.sequestra.gateway.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The per-agency rate limit and its store, chosen by {@code sequestra.gateway.rate-limit.store}.
 * With {@code memory} (the default) Redis is not configured at all: {@link
 * RedisStoreAutoConfigurationFilter} keeps its auto-configuration out of the context.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

  @Bean
  RateLimitStore rateLimitStore(
      GatewayProperties properties,
      ObjectProvider<ReactiveStringRedisTemplate> redis,
      ObjectProvider<MeterRegistry> meters) {
    GatewayProperties.RateLimit settings = properties.rateLimit();
    return switch (settings.store()) {
      case MEMORY -> new MemoryRateLimitStore(System::nanoTime);
      case REDIS ->
          new RedisRateLimitStore(
              redis.getObject(), settings.storeTimeout(), meters.getObject(), System::nanoTime);
    };
  }

  @Bean
  AgencyRateLimitFilter agencyRateLimitFilter(
      GatewayProperties properties, ProblemResponses problems, RateLimitStore store) {
    return new AgencyRateLimitFilter(properties.rateLimit(), problems, store);
  }
}
