package org.sequestra.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RedisStoreAutoConfigurationFilterTest {

  private static final String[] CANDIDATES = {
    "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
    "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
    "org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration",
    "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    null
  };

  @Test
  void withTheDefaultMemoryStoreNothingOfRedisIsConfigured() {
    assertThat(filter(new MockEnvironment()).match(CANDIDATES, null))
        .containsExactly(false, false, false, false, true, true);
    assertThat(
            filter(
                    new MockEnvironment()
                        .withProperty("sequestra.gateway.rate-limit.store", "memory"))
                .match(CANDIDATES, null))
        .containsExactly(false, false, false, false, true, true);
  }

  @Test
  void withTheRedisStoreBootsRedisConnectionIsConfiguredButNotTheRouteLimiterNorRepositories() {
    assertThat(
            filter(
                    new MockEnvironment()
                        .withProperty("sequestra.gateway.rate-limit.store", "REDIS"))
                .match(CANDIDATES, null))
        .containsExactly(true, true, false, false, true, true);
  }

  private static RedisStoreAutoConfigurationFilter filter(MockEnvironment environment) {
    RedisStoreAutoConfigurationFilter filter = new RedisStoreAutoConfigurationFilter();
    filter.setEnvironment(environment);
    return filter;
  }
}
