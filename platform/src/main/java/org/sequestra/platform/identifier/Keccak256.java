package org.sequestra.platform.identifier;

import java.nio.charset.StandardCharsets;

/**
 * Compact Keccak-256 (the original Keccak submission padding {@code 0x01}, as Ethereum uses; not
 * FIPS 202 SHA3-256, which pads with {@code 0x06} and is therefore a different function). The same
 * permutation with the SHA-3 padding is exposed to tests, which check it against the JDK's
 * SHA3-256.
 */
final class Keccak256 {

  private static final int RATE = 136; // bytes: 1600 - 2 * 256 bits

  private static final long[] RC = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
    0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
    0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
    0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };

  /** Rotation offsets, indexed x + 5y. */
  private static final int[] ROT = {
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14
  };

  private Keccak256() {}

  static byte[] hash(byte[] message) {
    return sponge(message, (byte) 0x01);
  }

  static byte[] hash(String utf8) {
    return hash(utf8.getBytes(StandardCharsets.UTF_8));
  }

  /** FIPS 202 SHA3-256: same permutation, different domain padding (for tests). */
  static byte[] sha3(byte[] message) {
    return sponge(message, (byte) 0x06);
  }

  private static byte[] sponge(byte[] message, byte domain) {
    long[] a = new long[25];
    int full = message.length / RATE;
    for (int block = 0; block < full; block++) {
      absorb(a, message, block * RATE);
      permute(a);
    }
    byte[] last = new byte[RATE];
    int rest = message.length - full * RATE;
    System.arraycopy(message, full * RATE, last, 0, rest);
    last[rest] ^= domain;
    last[RATE - 1] ^= (byte) 0x80;
    absorb(a, last, 0);
    permute(a);
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      out[i] = (byte) (a[i >>> 3] >>> (8 * (i & 7)));
    }
    return out;
  }

  private static void absorb(long[] a, byte[] data, int offset) {
    for (int i = 0; i < RATE / 8; i++) {
      long lane = 0;
      for (int b = 0; b < 8; b++) {
        lane |= (data[offset + 8 * i + b] & 0xFFL) << (8 * b);
      }
      a[i] ^= lane;
    }
  }

  private static void permute(long[] a) {
    long[] c = new long[5];
    long[] b = new long[25];
    for (long rc : RC) {
      // theta
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          a[x + y] ^= d;
        }
      }
      // rho and pi
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
        }
      }
      // chi
      for (int y = 0; y < 25; y += 5) {
        for (int x = 0; x < 5; x++) {
          a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        }
      }
      // iota
      a[0] ^= rc;
    }
  }
}
