package org.sequestra.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * One authentication manager per trusted issuer, keyed by the token's {@code iss}. An issuer that
 * is not in the registry gets none, which Spring answers with 401. Keys are fetched from the
 * registry's JWKS URL on first use (no discovery call at start-up, unlike Spring's trusted-issuer
 * resolver), and every token passes issuer, lifetime and audience checks.
 */
public final class IssuerAuthenticationManagers implements AuthenticationManagerResolver<String> {

  private final TrustRegistry registry;
  private final SecurityProperties properties;
  private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

  public IssuerAuthenticationManagers(TrustRegistry registry, SecurityProperties properties) {
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public AuthenticationManager resolve(String issuer) {
    return registry
        .find(issuer)
        .map(entry -> managers.computeIfAbsent(entry.issuer(), key -> managerFor(entry)))
        .orElse(null);
  }

  private AuthenticationManager managerFor(TrustedIssuer entry) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(entry.effectiveJwkSetUri()).build();
    decoder.setJwtValidator(
        TokenValidators.forIssuer(entry, properties.audience(), properties.clockSkew()));
    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(
        jwt -> {
          try {
            return CallerAuthentication.of(jwt, registry);
          } catch (UntrustedTokenException untrusted) {
            throw new InvalidBearerTokenException(untrusted.getMessage());
          }
        });
    return new ProviderManager(provider);
  }
}
