package org.sequestra.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sequestra.platform.security.CallerAuthentication;
import org.sequestra.platform.security.SecurityProperties;
import org.sequestra.platform.security.TokenValidators;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.sequestra.platform.security.UntrustedTokenException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import reactor.core.publisher.Mono;

/**
 * The reactive twin of the platform's {@code IssuerAuthenticationManagers}: one authentication
 * manager per trusted issuer, keyed by the token's {@code iss}. An issuer outside the registry gets
 * none, which Spring answers with 401. Keys come from the registry's JWKS URL on first use (no
 * discovery call), every token passes issuer, lifetime and audience checks, and the caller (agency,
 * country, capped roles) is attributed by the trust registry.
 */
public final class ReactiveIssuerAuthenticationManagers
    implements ReactiveAuthenticationManagerResolver<String> {

  private final TrustRegistry registry;
  private final SecurityProperties properties;
  private final Map<String, ReactiveAuthenticationManager> managers = new ConcurrentHashMap<>();

  public ReactiveIssuerAuthenticationManagers(
      TrustRegistry registry, SecurityProperties properties) {
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public Mono<ReactiveAuthenticationManager> resolve(String issuer) {
    return Mono.justOrEmpty(
        registry
            .find(issuer)
            .map(entry -> managers.computeIfAbsent(entry.issuer(), key -> managerFor(entry))));
  }

  private ReactiveAuthenticationManager managerFor(TrustedIssuer entry) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSetUri(entry.effectiveJwkSetUri()).build();
    decoder.setJwtValidator(
        TokenValidators.forIssuer(entry, properties.audience(), properties.clockSkew()));
    JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
    manager.setJwtAuthenticationConverter(
        jwt ->
            Mono.fromCallable(() -> CallerAuthentication.of(jwt, registry))
                .onErrorMap(
                    UntrustedTokenException.class,
                    untrusted -> new InvalidBearerTokenException(untrusted.getMessage())));
    return manager;
  }
}
