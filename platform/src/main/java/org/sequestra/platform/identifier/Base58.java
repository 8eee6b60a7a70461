package org.sequestra.platform.identifier;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Bitcoin's Base58 and Base58Check (payload + first 4 bytes of double SHA-256). */
final class Base58 {

  static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58() {}

  /** Thrown with a human reason when a string is not valid Base58 / Base58Check. */
  static final class DecodeException extends RuntimeException {
    DecodeException(String reason) {
      super(reason, null, false, false);
    }
  }

  static byte[] decode(String s) {
    BigInteger n = BigInteger.ZERO;
    int zeros = 0;
    boolean leading = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int digit = ALPHABET.indexOf(c);
      if (digit < 0) {
        throw new DecodeException("invalid Base58 character " + Text.show(c));
      }
      if (leading && digit == 0) {
        zeros++;
      } else {
        leading = false;
      }
      n = n.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    if (magnitude.length > 0 && magnitude[0] == 0) {
      magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
    }
    byte[] out = new byte[zeros + magnitude.length];
    System.arraycopy(magnitude, 0, out, zeros, magnitude.length);
    return out;
  }

  static String encode(byte[] data) {
    StringBuilder b = new StringBuilder();
    BigInteger n = new BigInteger(1, data);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      b.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      b.append('1');
    }
    return b.reverse().toString();
  }

  /** Decodes Base58Check and returns the payload without its checksum. */
  static byte[] decodeChecked(String s) {
    byte[] raw = decode(s);
    if (raw.length < 5) {
      throw new DecodeException("Base58Check data too short");
    }
    byte[] payload = Arrays.copyOf(raw, raw.length - 4);
    byte[] check = Arrays.copyOf(doubleSha256(payload), 4);
    if (!MessageDigest.isEqual(check, Arrays.copyOfRange(raw, raw.length - 4, raw.length))) {
      throw new DecodeException("Base58Check checksum invalid");
    }
    return payload;
  }

  static String encodeChecked(byte[] payload) {
    byte[] full = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(doubleSha256(payload), 0, full, payload.length, 4);
    return encode(full);
  }

  static byte[] doubleSha256(byte[] data) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return sha.digest(sha.digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
