package org.sequestra.trace.importing.statement;

import org.sequestra.platform.text.ControlCharacters;

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

  /** A value for messages: quoted, control characters shown as U+XXXX, cut to a readable length. */
  public static String quote(String value) {
    if (value == null) {
      return "(empty)";
    }
    String shown = ControlCharacters.shown(value);
    return "'" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "'";
  }
}
