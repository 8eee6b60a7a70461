package org.sequestra.trace.importing.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the data records of a CSV file without parsing it (a byte scan that knows quotes), so an
 * import can show its progress against a total.
 */
public final class CsvRecords {

  private CsvRecords() {}

  /** Non-blank records after the header line. */
  public static long count(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long records = 0;
    boolean quoted = false;
    boolean content = false;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '"') {
          quoted = !quoted;
          content = true;
        } else if ((b == '\n' || b == '\r') && !quoted) {
          if (content) {
            records++;
          }
          content = false;
        } else if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          content = true;
        }
      }
    }
    if (content) {
      records++;
    }
    return Math.max(0, records - 1);
  }
}
