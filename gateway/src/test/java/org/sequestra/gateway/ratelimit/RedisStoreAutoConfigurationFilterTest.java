package org.sequestra.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RedisStoreAutoConfigurationFilterTest {

  private static final String[] CANDIDATES = {
    "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
    "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
    "org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration",
    "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
    "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
    null
  };

  @Test
  void withTheDefaultMemoryStoreNothingOfRedisIsConfigured() {
    assertThat(filter(new MockEnvironment()).match(CANDIDATES, null))
        .containsExactly(false, false, false, false, true, false, false, true);
    assertThat(
            filter(
                    new MockEnvironment()
                        .withProperty("sequestra.gateway.rate-limit.store", "memory")
                        .withProperty("sequestra.console.session-store", "memory"))
                .match(CANDIDATES, null))
        .containsExactly(false, false, false, false, true, false, false, true);
  }

  @Test
  void withTheRedisStoreBootsRedisConnectionIsConfiguredButNotTheRouteLimiterNorRepositories() {
    assertThat(
            filter(
                    new MockEnvironment()
                        .withProperty("sequestra.gateway.rate-limit.store", "REDIS"))
                .match(CANDIDATES, null))
        .containsExactly(true, true, false, false, true, false, false, true);
  }

  @Test
  void withRedisSessionsBothRedisAndSpringSessionAreConfigured() {
    assertThat(
            filter(new MockEnvironment().withProperty("sequestra.console.session-store", "redis"))
                .match(CANDIDATES, null))
        .containsExactly(true, true, false, false, true, true, true, true);
  }

  @Test
  void anUnknownStoreStopsTheStartInsteadOfFallingBackToMemory() {
    assertThatThrownBy(
            () ->
                filter(
                        new MockEnvironment()
                            .withProperty("sequestra.console.session-store", "reddis"))
                    .match(CANDIDATES, null))
        .hasMessageContaining("sequestra.console.session-store must be memory or redis");
  }

  private static RedisStoreAutoConfigurationFilter filter(MockEnvironment environment) {
    RedisStoreAutoConfigurationFilter filter = new RedisStoreAutoConfigurationFilter();
    filter.setEnvironment(environment);
    return filter;
  }
}
