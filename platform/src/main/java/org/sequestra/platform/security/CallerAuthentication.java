package org.sequestra.platform.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token together with the caller the trust registry attributed it to. */
public class CallerAuthentication extends JwtAuthenticationToken {

  private final Caller caller;

  public CallerAuthentication(Jwt jwt, Caller caller) {
    super(
        jwt,
        caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
        caller.subject());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }

  /** Builds the authentication for a verified token; throws if the registry cannot attribute it. */
  public static CallerAuthentication of(Jwt jwt, TrustRegistry registry) {
    Caller caller =
        registry.attribute(
            jwt.getClaimAsString("iss"),
            jwt.getSubject(),
            jwt.getClaimAsString("preferred_username"),
            realmRoles(jwt),
            jwt.getClaimAsString(TrustRegistry.IDENTITY_PROVIDER_CLAIM),
            jwt.getClaimAsString("azp"));
    return new CallerAuthentication(jwt, caller);
  }

  /**
   * The same for a token a resource server verified: one the registry cannot attribute is an
   * invalid bearer token (401), like one with a bad signature.
   */
  public static CallerAuthentication verified(Jwt jwt, TrustRegistry registry) {
    try {
      return of(jwt, registry);
    } catch (UntrustedTokenException untrusted) {
      throw new InvalidBearerTokenException(untrusted.getMessage());
    }
  }

  private static List<String> realmRoles(Jwt jwt) {
    Object realmAccess = jwt.getClaims().get("realm_access");
    if (realmAccess instanceof java.util.Map<?, ?> map
        && map.get("roles") instanceof List<?> roles) {
      return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}
