package org.sequestra.platform.text;

/**
 * The platform's rule for text input: no C0 control character except tab, line feed and carriage
 * return. PostgreSQL refuses U+0000 outright, XML 1.0 cannot carry the others at all, and none of
 * them has a meaning in a name, a reference or a description.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether {@code c} is a C0 control other than tab, line feed and carriage return. */
  public static boolean isForbidden(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /** The index of the first forbidden control character, or -1 when there is none. */
  public static int firstForbidden(CharSequence text) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isForbidden(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The reason a text with a forbidden character at {@code index} is refused, for a violation or a
   * rejected line; {@code null} when the text is allowed.
   */
  public static String reason(CharSequence text) {
    int at = firstForbidden(text);
    if (at < 0) {
      return null;
    }
    return "contains the control character "
        + String.format("U+%04X", (int) text.charAt(at))
        + " at position "
        + (at + 1)
        + " (only tab, line feed and carriage return are allowed)";
  }

  /** The text with each forbidden control character shown as {@code U+XXXX}, for messages. */
  public static String shown(String text) {
    if (firstForbidden(text) < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForbidden(c)) {
        b.append(String.format("U+%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
