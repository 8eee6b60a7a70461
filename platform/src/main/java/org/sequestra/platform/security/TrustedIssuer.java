package org.sequestra.platform.security;

import java.util.Map;
import java.util.Set;

/**
 * One entry of the trust registry: an issuer whose tokens the platform accepts.
 *
 * <p>An agency issuer names its agency, country and the roles it may grant. A hub issuer (the
 * federation realm) names no agency of its own: it maps the identity provider a login came through
 * to an agency entry, so the agency of a brokered login is decided by the hub's configuration,
 * never by anything the user or an agency can put into a token.
 *
 * @param issuer the exact {@code iss} value
 * @param jwkSetUri where the issuer's signing keys are published; {@code null} means the Keycloak
 *     default under the issuer URL
 * @param agency agency code, for an agency issuer
 * @param country ISO 3166 alpha-2 country, for an agency issuer
 * @param allowedRoles roles this issuer may grant; any other role in a token is ignored
 * @param brokeredAgencies for a hub issuer: identity-provider alias to agency code
 * @param serviceClients for a hub issuer: the platform's own machine clients (client id, the
 *     token's {@code azp}) and the roles each may hold, e.g. {@code freezing-service:
 *     [FREEZING_SERVICE]}. Their service-account tokens act for the platform, not for an agency.
 */
public record TrustedIssuer(
    String issuer,
    String jwkSetUri,
    String agency,
    String country,
    Set<String> allowedRoles,
    Map<String, String> brokeredAgencies,
    Map<String, Set<String>> serviceClients) {

  public TrustedIssuer {
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("trusted issuer needs an issuer URL");
    }
    allowedRoles = allowedRoles == null ? Set.of() : Set.copyOf(allowedRoles);
    brokeredAgencies = brokeredAgencies == null ? Map.of() : Map.copyOf(brokeredAgencies);
    serviceClients = serviceClients == null ? Map.of() : copyOfRoles(serviceClients);
    boolean agencyIssuer = agency != null && !agency.isBlank();
    if (agencyIssuer == isHub(brokeredAgencies)) {
      throw new IllegalArgumentException(
          "trusted issuer "
              + issuer
              + " must name either an agency or brokered agencies, not both");
    }
    if (agencyIssuer && (country == null || !country.matches("[A-Z]{2}"))) {
      throw new IllegalArgumentException("trusted issuer " + issuer + " needs an ISO 3166 country");
    }
    if (agencyIssuer && !serviceClients.isEmpty()) {
      // an agency's machine clients act for that agency; only the hub has platform clients
      throw new IllegalArgumentException(
          "trusted issuer " + issuer + " is an agency's: service clients belong to the hub");
    }
  }

  private static Map<String, Set<String>> copyOfRoles(Map<String, Set<String>> clients) {
    Map<String, Set<String>> copy = new java.util.HashMap<>();
    clients.forEach(
        (client, roles) -> copy.put(client, roles == null ? Set.of() : Set.copyOf(roles)));
    return Map.copyOf(copy);
  }

  private static boolean isHub(Map<String, String> brokeredAgencies) {
    return !brokeredAgencies.isEmpty();
  }

  public boolean isHub() {
    return isHub(brokeredAgencies);
  }

  public String effectiveJwkSetUri() {
    return jwkSetUri != null && !jwkSetUri.isBlank()
        ? jwkSetUri
        : issuer + "/protocol/openid-connect/certs";
  }
}
