package org.sequestra.freezing.webhook.domain;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How signing secrets rest in the database. With a key (AES-256, from configuration) a secret is
 * sealed with AES-GCM, its subscription's id as associated data so that a sealed value copied to
 * another row does not open; stored as {@code aesgcm:} + base64(nonce, ciphertext). Without a key
 * it is stored as {@code plain:} + the secret, protected only by the database's access rules (the
 * operator is warned at start-up). Values stored either way stay readable after a key is added.
 */
public final class SecretSeal {

  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final String SEALED = "aesgcm:";
  private static final String PLAIN = "plain:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random;

  private SecretSeal(SecretKey key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  /** Seals with {@code base64Key} (32 bytes); {@code null} or blank: stores secrets as they are. */
  public static SecretSeal withKey(String base64Key, SecureRandom random) {
    if (base64Key == null || base64Key.isBlank()) {
      return new SecretSeal(null, random);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the webhook secret key is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException("the webhook secret key must be 32 bytes (AES-256)");
    }
    return new SecretSeal(new SecretKeySpec(bytes, "AES"), random);
  }

  public boolean encrypts() {
    return key != null;
  }

  public String seal(String secret, String owner) {
    Objects.requireNonNull(secret, "secret");
    if (key == null) {
      return PLAIN + secret;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, owner).apply(secret.getBytes(UTF8));
    byte[] stored = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
    return SEALED + Base64.getEncoder().encodeToString(stored);
  }

  public String open(String stored, String owner) {
    if (stored.startsWith(PLAIN)) {
      return stored.substring(PLAIN.length());
    }
    if (!stored.startsWith(SEALED)) {
      throw new IllegalStateException("unknown form of a stored webhook secret");
    }
    if (key == null) {
      throw new IllegalStateException("a webhook secret is sealed but no key is configured");
    }
    byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
    byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return new String(cipher(Cipher.DECRYPT_MODE, nonce, owner).apply(sealed), UTF8);
  }

  private interface Step {
    byte[] apply(byte[] input);
  }

  private Step cipher(int mode, byte[] nonce, String owner) {
    return input -> {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(UTF8));
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        // Never the secret in the message: only that it could not be sealed or opened.
        throw new IllegalStateException("a webhook secret could not be sealed or opened", e);
      }
    };
  }
}
