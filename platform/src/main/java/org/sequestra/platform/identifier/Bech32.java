package org.sequestra.platform.identifier;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) strings: human-readable part, separator {@code 1}, data in
 * a 32-character alphabet, 6-character BCH checksum. The two encodings differ only in the constant
 * the checksum is XORed with, so one decoder tells which one a string uses.
 */
final class Bech32 {

  static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  static final int MAX_LENGTH = 90;
  private static final int[] GENERATOR = {
    0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3
  };

  enum Encoding {
    BECH32(1),
    BECH32M(0x2bc830a3);

    final int constant;

    Encoding(int constant) {
      this.constant = constant;
    }

    String label() {
      return this == BECH32 ? "bech32" : "bech32m";
    }
  }

  /** The human-readable part (lower-case), the data values without the checksum, the encoding. */
  record Decoded(String hrp, int[] data, Encoding encoding) {}

  /** Thrown with a human reason when a string is not valid bech32 / bech32m. */
  static final class DecodeException extends RuntimeException {
    DecodeException(String reason) {
      super(reason, null, false, false);
    }
  }

  private Bech32() {}

  static Decoded decode(String s) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 33 || c > 126) {
        throw new DecodeException("bech32 string contains invalid character " + Text.show(c));
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    if (lower && upper) {
      throw new DecodeException("bech32 string mixes upper and lower case");
    }
    if (s.length() > MAX_LENGTH) {
      throw new DecodeException("bech32 string is longer than " + MAX_LENGTH + " characters");
    }
    String t = Text.lower(s);
    int sep = t.lastIndexOf('1');
    if (sep < 0) {
      throw new DecodeException("bech32 string has no separator '1'");
    }
    if (sep == 0) {
      throw new DecodeException("bech32 string has an empty human-readable part");
    }
    if (t.length() - sep - 1 < 6) {
      throw new DecodeException("bech32 checksum too short");
    }
    String hrp = t.substring(0, sep);
    int[] values = new int[t.length() - sep - 1];
    for (int i = 0; i < values.length; i++) {
      char c = t.charAt(sep + 1 + i);
      int v = CHARSET.indexOf(c);
      if (v < 0) {
        throw new DecodeException("bech32 data contains invalid character " + Text.show(c));
      }
      values[i] = v;
    }
    int check = polymod(hrpExpand(hrp), values);
    Encoding encoding;
    if (check == Encoding.BECH32.constant) {
      encoding = Encoding.BECH32;
    } else if (check == Encoding.BECH32M.constant) {
      encoding = Encoding.BECH32M;
    } else {
      throw new DecodeException("bech32 checksum invalid");
    }
    return new Decoded(hrp, Arrays.copyOf(values, values.length - 6), encoding);
  }

  static String encode(String hrp, int[] data, Encoding encoding) {
    int[] values = Arrays.copyOf(data, data.length + 6);
    int mod = polymod(hrpExpand(hrp), values) ^ encoding.constant;
    for (int i = 0; i < 6; i++) {
      values[data.length + i] = (mod >>> (5 * (5 - i))) & 31;
    }
    StringBuilder b = new StringBuilder(hrp).append('1');
    for (int v : values) {
      b.append(CHARSET.charAt(v));
    }
    return b.toString();
  }

  /**
   * Regroups bits, e.g. 5-bit bech32 values into bytes. Without padding (decoding), leftover bits
   * must number at most 4 and be zero, as BIP-173 requires.
   */
  static byte[] convertBits(int[] data, int from, int to, boolean pad) {
    int acc = 0;
    int bits = 0;
    int maxv = (1 << to) - 1;
    int maxAcc = (1 << (from + to - 1)) - 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int value : data) {
      if (value < 0 || (value >>> from) != 0) {
        throw new DecodeException("bech32 data value out of range");
      }
      acc = ((acc << from) | value) & maxAcc;
      bits += from;
      while (bits >= to) {
        bits -= to;
        out.write((acc >>> bits) & maxv);
      }
    }
    if (pad) {
      if (bits > 0) {
        out.write((acc << (to - bits)) & maxv);
      }
    } else if (bits >= from) {
      throw new DecodeException("bech32 data has more than 4 bits of padding");
    } else if (((acc << (to - bits)) & maxv) != 0) {
      throw new DecodeException("bech32 data has non-zero padding");
    }
    return out.toByteArray();
  }

  private static int[] hrpExpand(String hrp) {
    int n = hrp.length();
    int[] r = new int[2 * n + 1];
    for (int i = 0; i < n; i++) {
      r[i] = hrp.charAt(i) >>> 5;
      r[n + 1 + i] = hrp.charAt(i) & 31;
    }
    return r;
  }

  private static int polymod(int[] first, int[] second) {
    int chk = 1;
    for (int[] part : new int[][] {first, second}) {
      for (int v : part) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; i++) {
          if (((top >>> i) & 1) != 0) {
            chk ^= GENERATOR[i];
          }
        }
      }
    }
    return chk;
  }
}
