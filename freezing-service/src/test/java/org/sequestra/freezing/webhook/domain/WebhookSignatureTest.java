package org.sequestra.freezing.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /** The test vector the Standard Webhooks reference libraries publish. */
  @Test
  void reproducesTheSpecificationsTestVector() {
    assertThat(
            WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
    String secret = WebhookSignature.newSecret(new SecureRandom());
    String other = WebhookSignature.newSecret(new SecureRandom());

    assertThat(secret).startsWith("whsec_").isNotEqualTo(other);
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
  }

  @Test
  void duringARotationBothSecretsSignSeparatedByASpace() {
    String header =
        WebhookSignature.header(
            List.of(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330L,
            "{\"test\": 2432232314}");

    assertThat(header.split(" "))
        .hasSize(2)
        .startsWith("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }
}
