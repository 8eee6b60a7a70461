package org.sequestra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TrustRegistryTest {

  private static final String NL = "https://idp.example/realms/agency-nl";
  private static final String ES = "https://idp.example/realms/agency-es";
  private static final String HUB = "https://idp.example/realms/sequestra";

  private final TrustRegistry registry =
      new TrustRegistry(
          List.of(
              new TrustedIssuer(
                  NL, null, "NL-ARO", "NL", Set.of("ARO_ANALYST", "PLATFORM_ADMIN"), null, null),
              new TrustedIssuer(ES, null, "ES-ARO", "ES", Set.of("ARO_ANALYST"), null, null),
              new TrustedIssuer(
                  HUB,
                  null,
                  null,
                  null,
                  null,
                  Map.of("agency-es", "ES-ARO", "agency-nl", "NL-ARO"),
                  Map.of("freezing-service", Set.of("FREEZING_SERVICE")))));

  @Test
  void agencyAndCountryComeFromTheRegistryEntryOfTheIssuer() {
    Caller caller = registry.attribute(NL, "sub-1", "nl-analyst", List.of("ARO_ANALYST"), null);

    assertThat(caller.agency()).isEqualTo("NL-ARO");
    assertThat(caller.country()).isEqualTo("NL");
    assertThat(caller.roles()).containsExactly("ARO_ANALYST");
  }

  @Test
  void aClaimThatNamesAnotherAgencyIsIgnored() {
    Jwt jwt =
        Jwt.withTokenValue("t")
            .header("alg", "RS256")
            .issuer(NL)
            .subject("sub-1")
            .claim("agency", "ES-ARO")
            .claim("country", "ES")
            .claim("realm_access", Map.of("roles", List.of("ARO_ANALYST")))
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(60))
            .build();

    Caller caller = CallerAuthentication.of(jwt, registry).caller();

    assertThat(caller.agency()).isEqualTo("NL-ARO");
    assertThat(caller.country()).isEqualTo("NL");
  }

  @Test
  void rolesAreCappedByWhatTheRegistryAllowsTheAgency() {
    Caller caller =
        registry.attribute(ES, "sub-2", "es-admin", List.of("PLATFORM_ADMIN", "ARO_ANALYST"), null);

    assertThat(caller.roles()).containsExactly("ARO_ANALYST");
  }

  @Test
  void aHubLoginTakesTheAgencyOfTheIdentityProviderItCameThrough() {
    Caller caller =
        registry.attribute(HUB, "sub-3", "es-analyst", List.of("ARO_ANALYST"), "agency-es");

    assertThat(caller.agency()).isEqualTo("ES-ARO");
    assertThat(caller.country()).isEqualTo("ES");
    assertThat(caller.identityProvider()).isEqualTo("agency-es");
  }

  @Test
  void aHubLoginIsCappedByTheBrokeredAgencysRoles() {
    Caller caller =
        registry.attribute(HUB, "sub-3", "es-admin", List.of("PLATFORM_ADMIN"), "agency-es");

    assertThat(caller.roles()).isEmpty();
  }

  @Test
  void aHubTokenWithoutATrustedIdentityProviderIsRejected() {
    assertThatThrownBy(() -> registry.attribute(HUB, "s", "u", List.of("ARO_ANALYST"), null))
        .isInstanceOf(UntrustedTokenException.class);
    assertThatThrownBy(() -> registry.attribute(HUB, "s", "u", List.of("ARO_ANALYST"), "agency-xx"))
        .isInstanceOf(UntrustedTokenException.class);
  }

  @Test
  void anUnknownIssuerIsRejected() {
    assertThatThrownBy(
            () ->
                registry.attribute(
                    "https://evil.example/realms/agency-nl", "s", "u", List.of(), null))
        .isInstanceOf(UntrustedTokenException.class);
  }

  @Test
  void aMisconfiguredRegistryFailsAtStartUp() {
    assertThatThrownBy(
            () ->
                new TrustedIssuer(
                    NL, null, "NL-ARO", "NL", null, Map.of("agency-nl", "NL-ARO"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new TrustRegistry(
                    List.of(
                        new TrustedIssuer(
                            HUB, null, null, null, null, Map.of("x", "XX-ARO"), null))))
        .hasMessageContaining("unknown agency");
  }

  @Test
  void theHubsServiceClientActsForThePlatformWithOnlyItsMachineRoles() {
    Caller caller =
        registry.attribute(
            HUB,
            "sub-4",
            "service-account-freezing-service",
            List.of("FREEZING_SERVICE", "PLATFORM_ADMIN", "offline_access"),
            null,
            "freezing-service");

    assertThat(caller.agency()).isEqualTo(TrustRegistry.PLATFORM);
    assertThat(caller.country()).isNull();
    assertThat(caller.roles()).containsExactly("FREEZING_SERVICE");
  }

  @Test
  void aServiceClientsRoleNeedsItsServiceAccountAndNoBrokeredLogin() {
    // a user's login through that client (not its service account) is no platform caller
    assertThatThrownBy(
            () ->
                registry.attribute(
                    HUB, "s", "nl-admin", List.of("FREEZING_SERVICE"), null, "freezing-service"))
        .isInstanceOf(UntrustedTokenException.class);
    // an unknown client's service account neither
    assertThatThrownBy(
            () ->
                registry.attribute(
                    HUB, "s", "service-account-other", List.of("FREEZING_SERVICE"), null, "other"))
        .isInstanceOf(UntrustedTokenException.class);
    // a brokered login never gets the machine role, whatever its agency granted
    Caller brokered =
        registry.attribute(
            HUB,
            "s",
            "service-account-freezing-service",
            List.of("FREEZING_SERVICE", "ARO_ANALYST"),
            "agency-es",
            "freezing-service");
    assertThat(brokered.agency()).isEqualTo("ES-ARO");
    assertThat(brokered.roles()).containsExactly("ARO_ANALYST");
    // an agency issuer cannot name service clients
    assertThatThrownBy(
            () ->
                new TrustedIssuer(
                    NL, null, "NL-ARO", "NL", null, null, Map.of("x", Set.of("FREEZING_SERVICE"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
