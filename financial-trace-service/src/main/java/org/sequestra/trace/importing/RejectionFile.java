package org.sequestra.trace.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.sequestra.platform.text.ControlCharacters;

/**
 * The rejected records of an import, kept in a file next to the upload while the connection is busy
 * copying transactions, then copied into {@code import_rejection} in the import's transaction. A
 * file of nothing but bad lines costs disk, not memory.
 */
final class RejectionFile implements AutoCloseable {

  private final Path path;
  private final UUID importId;
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(256);

  RejectionFile(Path path, UUID importId) throws IOException {
    this.path = path;
    this.importId = importId;
    this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  void add(long seq, long lineNumber, String field, String reason) {
    line.setLength(0);
    line.append(importId).append('\t').append(seq).append('\t').append(lineNumber).append('\t');
    escaped(field.length() > 100 ? field.substring(0, 100) : field);
    line.append('\t');
    escaped(reason);
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep a rejected record", e);
    }
  }

  /** Copies every rejection into the table. */
  void save(Connection connection) throws IOException, SQLException {
    out.close();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy import_rejection (import_id, seq, line_number, field, reason) from stdin", in);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(path);
  }

  /**
   * COPY text format: backslash, tab and line breaks are escaped; other controls (PostgreSQL
   * refuses U+0000 in text) become U+FFFD.
   */
  private void escaped(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(ControlCharacters.isForbidden(c) ? '\uFFFD' : c);
      }
    }
  }
}
