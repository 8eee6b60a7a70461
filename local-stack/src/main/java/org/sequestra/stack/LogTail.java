package org.sequestra.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a log file, for failure messages. */
final class LogTail {

  private static final int LINES = 40;

  private LogTail() {}

  /** ". Last 40 lines of <log>:" followed by those lines. */
  static String of(Path log) {
    return ". Last " + LINES + " lines of " + log + ":" + System.lineSeparator() + lastLines(log);
  }

  private static String lastLines(Path log) {
    try {
      // Lenient decoding: a process killed mid-write may leave a broken multi-byte character.
      List<String> lines =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      return String.join(
          System.lineSeparator(), lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e.getMessage() + ")";
    }
  }
}
