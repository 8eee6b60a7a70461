package org.sequestra.freezing.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing secrets and signatures as the Standard Webhooks specification defines them: a secret is
 * {@code whsec_} followed by the base64 of random bytes; a signature is {@code v1,} followed by the
 * base64 of HMAC-SHA256, keyed with those bytes, over {@code
 * {webhook-id}.{webhook-timestamp}.{body}}.
 */
public final class WebhookSignature {

  public static final String SECRET_PREFIX = "whsec_";

  /** 32 bytes: above the specification's minimum of 24, the size of the SHA-256 block's half. */
  static final int SECRET_BYTES = 32;

  private WebhookSignature() {}

  /** A new secret from {@code random}. */
  public static String newSecret(SecureRandom random) {
    byte[] key = new byte[SECRET_BYTES];
    random.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The {@code v1,...} signature of one attempt with one secret. */
  public static String sign(String secret, String webhookId, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      byte[] signature =
          mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * The {@code webhook-signature} header: one signature per secret, separated by spaces (during a
   * rotation the previous secret signs too, so receivers can switch at their own pace).
   */
  public static String header(List<String> secrets, String webhookId, long timestamp, String body) {
    return secrets.stream()
        .map(secret -> sign(secret, webhookId, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  private static byte[] key(String secret) {
    if (!secret.startsWith(SECRET_PREFIX)) {
      throw new IllegalArgumentException("not a whsec_ secret");
    }
    return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
  }
}
