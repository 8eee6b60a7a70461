package org.sequestra.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The authentications of tokens whose signature and claims were verified, so that a token seen
 * again is not verified again (an RS256 check costs 70–130 µs, more than the rest of a gateway
 * hop). Keyed by the whole token string: a token differing in any byte is verified. An entry is
 * served only while its token's {@code exp} lies ahead, with no clock skew added; failures are
 * never kept. Bounded: when full, expired entries go first, then a tenth of the others.
 */
final class VerifiedTokenCache {

  /** Enough for every token of a busy day's users at ~1 KB each (about 10 MB). */
  static final int DEFAULT_MAX_ENTRIES = 10_000;

  private record Entry(Authentication authentication, Instant expiresAt) {}

  private final int maxEntries;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  VerifiedTokenCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("the token cache needs room for one entry at least");
    }
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /** The authentication of this exact token, if it was verified and has not expired since. */
  Authentication find(String token) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return null;
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(token, entry);
      return null;
    }
    return entry.authentication();
  }

  /** Keeps a successful verification; one without an expiry or already expired is not kept. */
  void remember(String token, Authentication authentication) {
    if (!authentication.isAuthenticated()
        || !(authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> verified)
        || !token.equals(verified.getToken().getTokenValue())) {
      return;
    }
    Instant expiresAt = verified.getToken().getExpiresAt();
    if (expiresAt == null || !clock.instant().isBefore(expiresAt)) {
      return;
    }
    if (entries.size() >= maxEntries) {
      makeRoom();
    }
    entries.put(token, new Entry(authentication, expiresAt));
  }

  int size() {
    return entries.size();
  }

  private void makeRoom() {
    Instant now = clock.instant();
    entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    // still full of live tokens: drop some, so that the next ones do not each scan the whole map
    int excess = entries.size() - maxEntries + Math.max(1, maxEntries / 10);
    Iterator<String> tokens = entries.keySet().iterator();
    while (excess-- > 0 && tokens.hasNext()) {
      tokens.next();
      tokens.remove();
    }
  }
}
