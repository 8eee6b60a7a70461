package org.sequestra.platform.security;

import java.time.Clock;
import java.util.function.UnaryOperator;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import reactor.core.publisher.Mono;

/**
 * The reactive twin of {@link IssuerAuthenticationManagers}, for the gateway: the same managers per
 * trusted issuer, token checks and caller attribution, on a reactive decoder. A token verified once
 * is not verified again until it expires ({@link VerifiedTokenCache}, one bounded cache for all
 * issuers, keyed by the whole token). Needs WebFlux on the classpath (an optional dependency of the
 * platform).
 */
public final class ReactiveIssuerAuthenticationManagers
    implements ReactiveAuthenticationManagerResolver<String> {

  private final ManagersByIssuer<ReactiveAuthenticationManager> managers;

  public ReactiveIssuerAuthenticationManagers(
      TrustRegistry registry, SecurityProperties properties) {
    this(
        registry,
        properties,
        UnaryOperator.identity(),
        new VerifiedTokenCache(VerifiedTokenCache.DEFAULT_MAX_ENTRIES, Clock.systemUTC()));
  }

  /** With each issuer's decoder wrapped and the cache given, for tests that count decodes. */
  ReactiveIssuerAuthenticationManagers(
      TrustRegistry registry,
      SecurityProperties properties,
      UnaryOperator<ReactiveJwtDecoder> decoders,
      VerifiedTokenCache cache) {
    this.managers =
        new ManagersByIssuer<>(
            registry,
            entry ->
                new CachingReactiveAuthenticationManager(
                    managerFor(entry, registry, properties, decoders), cache));
  }

  @Override
  public Mono<ReactiveAuthenticationManager> resolve(String issuer) {
    return Mono.justOrEmpty(managers.find(issuer));
  }

  private static ReactiveAuthenticationManager managerFor(
      TrustedIssuer entry,
      TrustRegistry registry,
      SecurityProperties properties,
      UnaryOperator<ReactiveJwtDecoder> decoders) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSetUri(entry.effectiveJwkSetUri()).build();
    decoder.setJwtValidator(TokenValidators.forIssuer(entry, properties));
    JwtReactiveAuthenticationManager manager =
        new JwtReactiveAuthenticationManager(decoders.apply(decoder));
    manager.setJwtAuthenticationConverter(
        jwt -> Mono.fromCallable(() -> CallerAuthentication.verified(jwt, registry)));
    return manager;
  }
}
