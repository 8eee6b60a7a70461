package org.sequestra.platform.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The issuers the platform trusts and how a token from each is attributed to an agency.
 *
 * <p>Plain Java on purpose: the services and the gateway share it, and its rules are the heart of
 * the security model (DESIGN.md §2), so they must be readable and testable without Spring.
 */
public final class TrustRegistry {

  /** Claim carrying the hub's identity-provider alias (a user-session note only Keycloak sets). */
  public static final String IDENTITY_PROVIDER_CLAIM = "identity_provider";

  /**
   * The agency a caller of the platform's own machine clients is attributed to: the platform
   * itself, which owns no case and is no agency of the registry (its country is {@code null}).
   */
  public static final String PLATFORM = "SEQUESTRA";

  /** Keycloak names a client's service-account user {@code service-account-<client id>}. */
  private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  private final Map<String, TrustedIssuer> byIssuer = new LinkedHashMap<>();
  private final Map<String, TrustedIssuer> byAgency = new LinkedHashMap<>();

  public TrustRegistry(Collection<TrustedIssuer> issuers) {
    for (TrustedIssuer entry : issuers) {
      if (byIssuer.put(entry.issuer(), entry) != null) {
        throw new IllegalArgumentException("issuer listed twice: " + entry.issuer());
      }
      if (!entry.isHub() && byAgency.put(entry.agency(), entry) != null) {
        throw new IllegalArgumentException("agency listed twice: " + entry.agency());
      }
    }
    for (TrustedIssuer entry : issuers) {
      for (String agency : entry.brokeredAgencies().values()) {
        if (!byAgency.containsKey(agency)) {
          throw new IllegalArgumentException(
              "hub " + entry.issuer() + " brokers unknown agency " + agency);
        }
      }
    }
  }

  public Optional<TrustedIssuer> find(String issuer) {
    return Optional.ofNullable(issuer).map(byIssuer::get);
  }

  public List<TrustedIssuer> issuers() {
    return List.copyOf(byIssuer.values());
  }

  /**
   * Attributes a verified token to a caller.
   *
   * @param issuer the token's {@code iss}
   * @param subject the token's {@code sub}
   * @param username the token's {@code preferred_username}, may be {@code null}
   * @param realmRoles the token's realm roles
   * @param identityProvider the {@value #IDENTITY_PROVIDER_CLAIM} claim, may be {@code null}
   * @throws UntrustedTokenException when the issuer is unknown, or a hub token did not come through
   *     an identity provider the registry maps to an agency
   */
  public Caller attribute(
      String issuer,
      String subject,
      String username,
      Collection<String> realmRoles,
      String identityProvider) {
    return attribute(issuer, subject, username, realmRoles, identityProvider, null);
  }

  /**
   * As {@link #attribute(String, String, String, Collection, String)}, knowing the client the token
   * was issued to ({@code azp}): a hub token of one of the hub's service clients, issued to its
   * service account (no identity provider, user name {@code service-account-<client>}), acts for
   * the {@link #PLATFORM}, with the roles the registry allows that client and no others.
   */
  public Caller attribute(
      String issuer,
      String subject,
      String username,
      Collection<String> realmRoles,
      String identityProvider,
      String clientId) {
    TrustedIssuer entry =
        find(issuer).orElseThrow(() -> new UntrustedTokenException("issuer is not trusted"));
    if (entry.isHub()
        && identityProvider == null
        && clientId != null
        && entry.serviceClients().containsKey(clientId)
        && (SERVICE_ACCOUNT_PREFIX + clientId).equals(username)) {
      Set<String> roles = new TreeSet<>(realmRoles);
      roles.retainAll(entry.serviceClients().get(clientId));
      return new Caller(subject, username, PLATFORM, null, roles, issuer, null);
    }
    TrustedIssuer agencyEntry = entry;
    String brokeredBy = null;
    if (entry.isHub()) {
      String agency =
          identityProvider == null ? null : entry.brokeredAgencies().get(identityProvider);
      if (agency == null) {
        throw new UntrustedTokenException("hub token did not come through a trusted agency");
      }
      agencyEntry = byAgency.get(agency);
      brokeredBy = identityProvider;
    }
    Set<String> roles = new TreeSet<>(realmRoles);
    roles.retainAll(agencyEntry.allowedRoles());
    if (entry.isHub() && !entry.allowedRoles().isEmpty()) {
      roles.retainAll(entry.allowedRoles());
    }
    return new Caller(
        subject, username, agencyEntry.agency(), agencyEntry.country(), roles, issuer, brokeredBy);
  }
}
