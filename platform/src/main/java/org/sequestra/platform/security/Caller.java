package org.sequestra.platform.security;

import java.util.Set;

/**
 * The authenticated caller as the platform sees it. Agency and country come from the trust
 * registry; roles are the token's realm roles capped by what the registry allows.
 *
 * @param identityProvider for a login brokered by the hub, the identity-provider alias; otherwise
 *     {@code null}
 */
public record Caller(
    String subject,
    String username,
    String agency,
    String country,
    Set<String> roles,
    String issuer,
    String identityProvider) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
