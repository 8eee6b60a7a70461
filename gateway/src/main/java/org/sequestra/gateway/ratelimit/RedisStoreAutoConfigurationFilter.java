package org.sequestra.gateway.ratelimit;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot's Redis auto-configuration (connection factory, templates, health indicator,
 * metrics) out of the context unless a store is Redis: the rate limit's ({@code
 * sequestra.gateway.rate-limit.store=redis}) or the console sessions' ({@code
 * sequestra.console.session-store=redis}; Spring Session's auto-configuration is left out unless
 * that one is). With the default in-memory stores the gateway, its tests and the local stack never
 * try to reach a Redis. Spring Cloud Gateway's own Redis rate limiter (a route filter keyed by
 * route, with integer rates and no retry time) and Spring Data Redis repositories are never used,
 * so their auto-configurations are always left out. Registered in {@code
 * META-INF/spring.factories}.
 */
class RedisStoreAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

  static final String STORE_PROPERTY = "sequestra.gateway.rate-limit.store";
  static final String SESSION_STORE_PROPERTY = "sequestra.console.session-store";
  private static final String BOOT_REDIS = "org.springframework.boot.data.redis.";
  private static final String BOOT_SESSION = "org.springframework.boot.session.";
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
    boolean sessions = isRedis(SESSION_STORE_PROPERTY);
    boolean redis = sessions || isRedis(STORE_PROPERTY);
    boolean[] matches = new boolean[autoConfigurationClasses.length];
    for (int i = 0; i < autoConfigurationClasses.length; i++) {
      String candidate = autoConfigurationClasses[i];
      matches[i] =
          candidate == null
              || !(NEVER.contains(candidate)
                  || (!redis && candidate.startsWith(BOOT_REDIS))
                  || (!sessions && candidate.startsWith(BOOT_SESSION)));
    }
    return matches;
  }

  private boolean isRedis(String storeProperty) {
    String store = environment.getProperty(storeProperty, "memory").strip();
    if (!store.equalsIgnoreCase("memory") && !store.equalsIgnoreCase("redis")) {
      // a typo must not quietly fall back to per-replica memory
      throw new IllegalStateException(storeProperty + " must be memory or redis, not " + store);
    }
    return store.equalsIgnoreCase("redis");
  }
}
