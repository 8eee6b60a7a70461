package org.sequestra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * The gateway's token check against the stand-in issuer (real RS256 signatures, keys over HTTP),
 * counting how often a token reaches the signature-checking decoder.
 */
class ReactiveIssuerAuthenticationManagersTest {

  private static final String REALM = "agency-nl";

  private final AtomicInteger decodes = new AtomicInteger();
  private final ReactiveIssuerAuthenticationManagers managers =
      new ReactiveIssuerAuthenticationManagers(
          new TrustRegistry(
              List.of(
                  new TrustedIssuer(
                      TestIssuers.issuer(REALM),
                      null,
                      "NL-ARO",
                      "NL",
                      Set.of("ARO_ANALYST"),
                      null,
                      null))),
          // no clock skew, so that "expired" means past exp
          new SecurityProperties("sequestra-api", Duration.ZERO, List.of()),
          this::counting,
          new VerifiedTokenCache(100, Clock.systemUTC()));

  private ReactiveJwtDecoder counting(ReactiveJwtDecoder decoder) {
    return token -> {
      decodes.incrementAndGet();
      return decoder.decode(token);
    };
  }

  private Authentication authenticate(String token) {
    return managers
        .resolve(TestIssuers.issuer(REALM))
        .flatMap(manager -> manager.authenticate(new BearerTokenAuthenticationToken(token)))
        .block();
  }

  private static TestIssuers.TokenBuilder analyst() {
    return TestIssuers.token(REALM).roles("ARO_ANALYST");
  }

  @Test
  void theSameTokenTwiceIsVerifiedOnce() {
    String token = analyst().build();

    Authentication first = authenticate(token);
    Authentication second = authenticate(token);

    assertThat(decodes).hasValue(1);
    assertThat(second).isSameAs(first);
    assertThat(((CallerAuthentication) second).caller().agency()).isEqualTo("NL-ARO");
  }

  @Test
  void anotherTokenOfTheSameUserIsVerified() {
    String subject = "5b3a7c1e-0000-4000-8000-000000000001";
    authenticate(analyst().subject(subject).build());
    authenticate(analyst().subject(subject).build());

    assertThat(decodes).hasValue(2);
  }

  @Test
  void aRefusedTokenIsCheckedAgainEveryTime() {
    String forged = analyst().signedByRealm("agency-es").build();

    assertThatThrownBy(() -> authenticate(forged)).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> authenticate(forged)).isInstanceOf(AuthenticationException.class);

    assertThat(decodes).hasValue(2);
  }

  @Test
  void anExpiredTokenIsRefusedThoughItWasVerifiedBefore() throws InterruptedException {
    // exp has one-second resolution: at least a second ahead, whatever the fraction now
    Instant expiresAt = Instant.now().plusSeconds(2);
    String token = analyst().expiresAt(expiresAt).build();
    assertThat(authenticate(token)).isNotNull();

    Thread.sleep(Duration.between(Instant.now(), expiresAt).plusMillis(1_100));

    assertThatThrownBy(() -> authenticate(token)).isInstanceOf(AuthenticationException.class);
    assertThat(decodes).hasValue(2);
  }
}
