package org.sequestra.trace.importing.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sequestra.platform.text.ControlCharacters;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.TextLines;
import org.sequestra.trace.importing.statement.UnreadableFileException;

/**
 * RFC 4180 records from text lines: fields separated by a comma or semicolon (whichever the header
 * line uses), optionally in double quotes, which may hold separators, doubled quotes and line
 * breaks. Blank lines are skipped.
 */
final class CsvReader {

  private static final int MAX_RECORD_CHARS = 1 << 20;

  private final TextLines lines;
  private char delimiter = ',';
  private long recordLine;
  private List<String> columns = List.of();

  CsvReader(TextLines lines) {
    this.lines = lines;
  }

  /**
   * The header: the first non-blank line, which also decides the separator.
   *
   * @throws UnreadableFileException when the file is empty
   */
  List<String> header() throws IOException {
    String line;
    do {
      line = lines.next();
      if (line == null) {
        throw new UnreadableFileException("The file is empty: a header line was expected.");
      }
    } while (line.isBlank());
    if (line.indexOf(',') < 0 && line.indexOf(';') >= 0) {
      delimiter = ';';
    }
    recordLine = lines.lineNumber();
    columns = split(line);
    return columns;
  }

  /**
   * The platform's text rule for a whole record, unused columns included: a field with a C0 control
   * other than tab, line feed or carriage return rejects the line, naming its column.
   *
   * @throws RejectedField for the first such field
   */
  void checkText(List<String> record) {
    for (int i = 0; i < record.size(); i++) {
      String reason = ControlCharacters.reason(record.get(i));
      if (reason != null) {
        String column = i < columns.size() ? columns.get(i).strip() : "field " + (i + 1);
        throw new RejectedField(ControlCharacters.shown(column), reason);
      }
    }
  }

  /** The next record, or {@code null} at the end of the file. */
  List<String> next() throws IOException {
    String line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    recordLine = lines.lineNumber();
    return split(line);
  }

  /** The line where the record {@link #next()} returned last starts. */
  long recordLine() {
    return recordLine;
  }

  private List<String> split(String first) throws IOException {
    List<String> fields = new ArrayList<>(16);
    if (first.indexOf('"') < 0) {
      // Most lines quote nothing: the fields are what lies between the separators.
      int from = 0;
      for (int to = first.indexOf(delimiter); to >= 0; to = first.indexOf(delimiter, from)) {
        fields.add(first.substring(from, to));
        from = to + 1;
      }
      fields.add(first.substring(from));
      return fields;
    }
    StringBuilder field = new StringBuilder();
    String line = first;
    int i = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    while (true) {
      if (i == line.length()) {
        if (!quoted) {
          fields.add(field.toString());
          return fields;
        }
        // A quoted field goes on over the line break.
        line = lines.next();
        if (line == null) {
          throw new UnreadableFileException(
              "Line " + recordLine + " opens a quoted field that is never closed.");
        }
        if (field.length() > MAX_RECORD_CHARS) {
          throw new UnreadableFileException(
              "The record starting on line " + recordLine + " is longer than 1 MB.");
        }
        field.append('\n');
        i = 0;
        continue;
      }
      char c = line.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < line.length() && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        continue;
      } else if (c == '"' && fieldStart) {
        quoted = true;
      } else {
        field.append(c);
      }
      fieldStart = false;
    }
  }
}
