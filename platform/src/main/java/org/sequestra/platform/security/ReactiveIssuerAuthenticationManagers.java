package org.sequestra.platform.security;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import reactor.core.publisher.Mono;

/**
 * The reactive twin of {@link IssuerAuthenticationManagers}, for the gateway: the same managers per
 * trusted issuer, token checks and caller attribution, on a reactive decoder. Needs WebFlux on the
 * classpath (an optional dependency of the platform).
 */
public final class ReactiveIssuerAuthenticationManagers
    implements ReactiveAuthenticationManagerResolver<String> {

  private final ManagersByIssuer<ReactiveAuthenticationManager> managers;

  public ReactiveIssuerAuthenticationManagers(
      TrustRegistry registry, SecurityProperties properties) {
    this.managers =
        new ManagersByIssuer<>(registry, entry -> managerFor(entry, registry, properties));
  }

  @Override
  public Mono<ReactiveAuthenticationManager> resolve(String issuer) {
    return Mono.justOrEmpty(managers.find(issuer));
  }

  private static ReactiveAuthenticationManager managerFor(
      TrustedIssuer entry, TrustRegistry registry, SecurityProperties properties) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSetUri(entry.effectiveJwkSetUri()).build();
    decoder.setJwtValidator(TokenValidators.forIssuer(entry, properties));
    JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
    manager.setJwtAuthenticationConverter(
        jwt -> Mono.fromCallable(() -> CallerAuthentication.verified(jwt, registry)));
    return manager;
  }
}
