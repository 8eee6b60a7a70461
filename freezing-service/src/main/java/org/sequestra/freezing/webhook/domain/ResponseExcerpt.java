package org.sequestra.freezing.webhook.domain;

/**
 * The little of a receiver's answer that the delivery log keeps: its first characters, with control
 * characters (line breaks, escapes that could forge log lines or terminals) replaced by spaces.
 */
public final class ResponseExcerpt {

  public static final int MAX_CHARS = 200;

  private ResponseExcerpt() {}

  /** {@code null} for an empty answer. */
  public static String of(String answer) {
    if (answer == null || answer.isBlank()) {
      return null;
    }
    StringBuilder kept = new StringBuilder(Math.min(answer.length(), MAX_CHARS));
    answer
        .codePoints()
        .limit(MAX_CHARS)
        .forEach(
            c ->
                kept.appendCodePoint(
                    Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.UNASSIGNED
                            || Character.getType(c) == Character.SURROGATE
                        ? ' '
                        : c));
    String text = kept.toString().strip();
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }
}
