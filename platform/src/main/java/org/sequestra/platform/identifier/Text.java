package org.sequestra.platform.identifier;

/** Small string helpers shared by the validators. */
final class Text {

  /**
   * No identifier handled here is longer than 90 characters (bech32 maximum); anything much longer
   * is refused before any decoding work (Base58 decoding is quadratic in the length).
   */
  static final int MAX_INPUT = 128;

  private Text() {}

  /** A reason when the raw input is missing, blank or absurdly long; otherwise {@code null}. */
  static String precheck(String label, String raw) {
    if (raw == null) {
      return label + " is missing";
    }
    if (raw.length() > MAX_INPUT) {
      return label + " is too long";
    }
    if (raw.isBlank()) {
      return label + " is empty";
    }
    return null;
  }

  /** Removes every whitespace character, including no-break spaces used in printed forms. */
  static String stripAllSpaces(String s) {
    if (!hasSpace(s)) {
      return s; // the usual case: nothing to copy
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }

  /** Trims whitespace (including no-break spaces) at both ends. */
  static String trim(String s) {
    return s.strip().replaceAll("^[\\u00A0\\u2007\\u202F]+|[\\u00A0\\u2007\\u202F]+$", "");
  }

  /**
   * Upper-cases ASCII letters only: Unicode case mapping would turn e.g. U+017F (long s) into 'S'
   * or U+00DF into "SS" and so let a non-ASCII input pass as a valid identifier.
   */
  static String upper(String s) {
    if (!hasAsciiLower(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
    }
    return b.toString();
  }

  private static boolean hasAsciiLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** Lower-cases ASCII letters only (see {@link #upper}). */
  static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }

  static boolean isUpperAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpperAlnum(char c) {
    return isUpperAsciiLetter(c) || isDigit(c);
  }

  /** The first character that is not an upper-case ASCII letter or digit, or -1. */
  static int firstNonAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isUpperAlnum(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A character for a human message: printable as itself, otherwise as U+XXXX. */
  static String show(char c) {
    if (c >= 0x21 && c <= 0x7e) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }

  /**
   * ISO 7064 MOD 97-10 remainder of an alphanumeric string where letters count as 10..35 (as used
   * by IBAN and LEI). The string must be upper-case alphanumeric.
   */
  static int mod97(CharSequence s) {
    return mod97(s, 0, s.length(), 0);
  }

  /**
   * {@link #mod97(CharSequence)} of {@code s[from, to)} continued from the remainder {@code r} of
   * what precedes it: an IBAN's rearranged form without building it.
   */
  static int mod97(CharSequence s, int from, int to, int r) {
    // Digits gather in a long and are reduced only before it could overflow: one division per
    // dozen characters instead of one each.
    long n = r;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int v = isDigit(c) ? c - '0' : c - 'A' + 10;
      n = v < 10 ? n * 10 + v : n * 100 + v;
      if (n >= 10_000_000_000_000_000L) {
        n %= 97;
      }
    }
    return (int) (n % 97);
  }
}
