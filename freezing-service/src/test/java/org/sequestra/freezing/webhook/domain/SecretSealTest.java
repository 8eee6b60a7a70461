package org.sequestra.freezing.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @Test
  void aSealedSecretOpensForItsOwnerAndShowsNothingOfTheSecret() {
    SecretSeal seal = SecretSeal.withKey(KEY, new SecureRandom());

    String stored = seal.seal(SECRET, "subscription-1");

    assertThat(stored).startsWith("aesgcm:").doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assertThat(seal.seal(SECRET, "subscription-1")).isNotEqualTo(stored);
    assertThat(seal.open(stored, "subscription-1")).isEqualTo(SECRET);
  }

  @Test
  void aSealedSecretCopiedToAnotherSubscriptionDoesNotOpen() {
    SecretSeal seal = SecretSeal.withKey(KEY, new SecureRandom());
    String stored = seal.seal(SECRET, "subscription-1");

    assertThatThrownBy(() -> seal.open(stored, "subscription-2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("whsec_");
  }

  @Test
  void withoutAKeySecretsAreStoredPlainAndStayReadableOnceAKeyIsSet() {
    String stored = SecretSeal.withKey(null, new SecureRandom()).seal(SECRET, "s");

    assertThat(stored).isEqualTo("plain:" + SECRET);
    assertThat(SecretSeal.withKey(KEY, new SecureRandom()).open(stored, "s")).isEqualTo(SECRET);
  }

  @Test
  void aKeyMustBeThirtyTwoBytes() {
    assertThatThrownBy(
            () ->
                SecretSeal.withKey(
                    Base64.getEncoder().encodeToString(new byte[16]), new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
