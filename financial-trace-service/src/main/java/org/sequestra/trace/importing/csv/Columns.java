package org.sequestra.trace.importing.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.UnreadableFileException;

/** The columns a header names, found by name (case-insensitive) in any order. */
final class Columns {

  private final Map<String, Integer> index;
  private final int width;

  private Columns(Map<String, Integer> index, int width) {
    this.index = index;
    this.width = width;
  }

  /**
   * @throws UnreadableFileException when a required column is missing, or a column is unknown or
   *     named twice
   */
  static Columns of(List<String> header, List<String> required, Set<String> optional, String what) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!required.contains(name) && !optional.contains(name)) {
        throw new UnreadableFileException(
            "This is not a "
                + what
                + " file: the header names the unknown column '"
                + header.get(i).strip()
                + "'. Expected columns: "
                + String.join(", ", required)
                + (optional.isEmpty()
                    ? ""
                    : " and optionally " + String.join(", ", optional.stream().sorted().toList()))
                + ".");
      }
      if (index.put(name, i) != null) {
        throw new UnreadableFileException("The header names the column '" + name + "' twice.");
      }
    }
    for (String name : required) {
      if (!index.containsKey(name)) {
        throw new UnreadableFileException(
            "This is not a "
                + what
                + " file: the header lacks the column '"
                + name
                + "'. Required columns: "
                + String.join(", ", required)
                + ".");
      }
    }
    return new Columns(index, header.size());
  }

  boolean has(String name) {
    return index.containsKey(name);
  }

  /** The record's value in that column, or {@code null} when the header has no such column. */
  String get(List<String> record, String name) {
    Integer i = index.get(name);
    return i == null ? null : record.get(i);
  }

  void checkWidth(List<String> record) {
    checkWidth(record, width);
  }

  static void checkWidth(List<String> record, int width) {
    if (record.size() != width) {
      throw new RejectedField(
          "line", "has " + record.size() + " fields where the header has " + width);
    }
  }

  /** For fixed layouts: the header must be exactly these names (case-insensitive). */
  static void expectExactly(List<String> header, List<String> expected, String what) {
    boolean same = header.size() == expected.size();
    for (int i = 0; same && i < expected.size(); i++) {
      same = header.get(i).strip().equalsIgnoreCase(expected.get(i));
    }
    if (!same) {
      String found = String.join(",", header);
      throw new UnreadableFileException(
          "This is not "
              + what
              + ": its header must be '"
              + String.join(",", expected)
              + "', the file starts with '"
              + (found.length() > 120 ? found.substring(0, 120) + "…" : found)
              + "'.");
    }
  }
}
