package org.sequestra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class VerifiedTokenCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private final MovableClock clock = new MovableClock();

  private static Authentication verified(String token, Instant expiresAt) {
    Jwt jwt =
        Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("analyst")
            .issuedAt(NOW.minusSeconds(60))
            .expiresAt(expiresAt)
            .build();
    return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_ARO_ANALYST")));
  }

  @Test
  void servesAnEntryUntilItsTokenExpiresAndNotAtExp() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
    Authentication authentication = verified("a.b.c", NOW.plusSeconds(60));
    cache.remember("a.b.c", authentication);

    clock.now = NOW.plusSeconds(59);
    assertThat(cache.find("a.b.c")).isSameAs(authentication);
    clock.now = NOW.plusSeconds(60);
    assertThat(cache.find("a.b.c")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void keysOnTheWholeToken() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
    cache.remember("a.b.c", verified("a.b.c", NOW.plusSeconds(60)));

    assertThat(cache.find("a.b.d")).isNull();
    assertThat(cache.find("a.b.c ")).isNull();
  }

  @Test
  void keepsNoUnauthenticatedExpiredOrForeignResult() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
    Authentication unauthenticated = verified("a.b.c", NOW.plusSeconds(60));
    unauthenticated.setAuthenticated(false);
    cache.remember("a.b.c", unauthenticated);
    cache.remember("d.e.f", verified("d.e.f", NOW));
    cache.remember("g.h.i", verified("other.token.value", NOW.plusSeconds(60)));

    assertThat(cache.size()).isZero();
  }

  @Test
  void staysWithinItsBound() {
    VerifiedTokenCache cache = new VerifiedTokenCache(20, clock);
    for (int i = 0; i < 1_000; i++) {
      String token = "token." + i;
      cache.remember(token, verified(token, NOW.plusSeconds(60)));
      assertThat(cache.size()).isLessThanOrEqualTo(20);
    }
    assertThat(cache.find("token.999")).isNotNull();
  }

  @Test
  void makesRoomByDroppingExpiredEntriesFirst() {
    VerifiedTokenCache cache = new VerifiedTokenCache(3, clock);
    cache.remember("short.1", verified("short.1", NOW.plusSeconds(10)));
    cache.remember("short.2", verified("short.2", NOW.plusSeconds(10)));
    cache.remember("long", verified("long", NOW.plusSeconds(600)));
    clock.now = NOW.plus(Duration.ofSeconds(30));

    cache.remember("new", verified("new", NOW.plusSeconds(600)));

    assertThat(cache.find("long")).isNotNull();
    assertThat(cache.find("new")).isNotNull();
  }

  private static final class MovableClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
