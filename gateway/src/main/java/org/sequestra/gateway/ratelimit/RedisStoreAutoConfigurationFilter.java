package org.sequestra.gateway.ratelimit;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot's Redis auto-configuration (connection factory, templates, health indicator,
 * metrics) out of the context unless {@code sequestra.gateway.rate-limit.store=redis}: with the
 * default in-memory store the gateway, its tests and the local stack never try to reach a Redis.
 * Spring Cloud Gateway's own Redis rate limiter (a route filter keyed by route, with integer rates
 * and no retry time) and Spring Data Redis repositories are never used, so their
 * auto-configurations are always left out. Registered in {@code META-INF/spring.factories}.
 */
class RedisStoreAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

  static final String STORE_PROPERTY = "sequestra.gateway.rate-limit.store";
  private static final String BOOT_REDIS = "org.springframework.boot.data.redis.";
  private static final Set<String> NEVER =
      Set.of(
          "org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration",
          BOOT_REDIS + "autoconfigure.DataRedisRepositoriesAutoConfiguration");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public boolean[] match(
      String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
    boolean redis = "redis".equalsIgnoreCase(environment.getProperty(STORE_PROPERTY, "memory"));
    boolean[] matches = new boolean[autoConfigurationClasses.length];
    for (int i = 0; i < autoConfigurationClasses.length; i++) {
      String candidate = autoConfigurationClasses[i];
      matches[i] =
          candidate == null
              || !(NEVER.contains(candidate) || (!redis && candidate.startsWith(BOOT_REDIS)));
    }
    return matches;
  }
}
