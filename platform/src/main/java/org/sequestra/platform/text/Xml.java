package org.sequestra.platform.text;

/**
 * Text for XML 1.0 (and so SVG) documents written by hand. XML 1.0 cannot carry C0 controls other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF or a lone surrogate, not even as a
 * character reference: each becomes U+FFFD so the document stays well-formed whatever text was
 * stored before the input rules existed.
 */
public final class Xml {

  private static final char REPLACEMENT = '\uFFFD';

  private Xml() {}

  /** Escaped for element content and for attribute values in double or single quotes. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        // Line breaks and tabs in attribute values would be normalised to spaces otherwise.
        case '\t' -> b.append("&#9;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
            b.append(REPLACEMENT);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
