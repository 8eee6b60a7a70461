package org.sequestra.platform.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * One authentication manager per trusted issuer, keyed by the token's {@code iss} (see {@link
 * ManagersByIssuer}; the gateway's reactive twin is {@link ReactiveIssuerAuthenticationManagers}).
 * Every token passes issuer, lifetime and audience checks ({@link TokenValidators}) and is
 * attributed to a caller by the trust registry.
 */
public final class IssuerAuthenticationManagers implements AuthenticationManagerResolver<String> {

  private final ManagersByIssuer<AuthenticationManager> managers;

  public IssuerAuthenticationManagers(TrustRegistry registry, SecurityProperties properties) {
    this.managers =
        new ManagersByIssuer<>(registry, entry -> managerFor(entry, registry, properties));
  }

  @Override
  public AuthenticationManager resolve(String issuer) {
    return managers.find(issuer).orElse(null);
  }

  private static AuthenticationManager managerFor(
      TrustedIssuer entry, TrustRegistry registry, SecurityProperties properties) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(entry.effectiveJwkSetUri()).build();
    decoder.setJwtValidator(TokenValidators.forIssuer(entry, properties));
    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(jwt -> CallerAuthentication.verified(jwt, registry));
    return new ProviderManager(provider);
  }
}
