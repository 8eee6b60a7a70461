package org.sequestra.trace.importing.statement;

/** Small text helpers shared by the parsers. */
public final class Text {

  private Text() {}

  /** Trimmed, or {@code null} when blank. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** A value for messages: quoted and cut to a readable length. */
  public static String quote(String value) {
    if (value == null) {
      return "(empty)";
    }
    return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
  }
}
