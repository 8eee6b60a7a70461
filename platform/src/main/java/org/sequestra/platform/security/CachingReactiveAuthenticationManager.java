package org.sequestra.platform.security;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * A bearer-token manager that asks its delegate (signature, claims, trust registry) once per token
 * and then answers from the {@link VerifiedTokenCache} until the token expires. Errors pass through
 * and are not kept, so a refused token is checked again next time.
 */
final class CachingReactiveAuthenticationManager implements ReactiveAuthenticationManager {

  private final ReactiveAuthenticationManager delegate;
  private final VerifiedTokenCache cache;

  CachingReactiveAuthenticationManager(
      ReactiveAuthenticationManager delegate, VerifiedTokenCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
      return delegate.authenticate(authentication);
    }
    String token = bearer.getToken();
    Authentication verified = cache.find(token);
    if (verified != null) {
      return Mono.just(verified);
    }
    return delegate.authenticate(authentication).doOnNext(result -> cache.remember(token, result));
  }
}
