package org.sequestra.trace.importing.mt940;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.trace.importing.statement.StatementParser;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.Text;
import org.sequestra.trace.importing.statement.TextLines;
import org.sequestra.trace.importing.statement.UnreadableFileException;

/**
 * SWIFT MT940 customer statements, one or many per file, bare or in SWIFT block envelopes. Each
 * {@code :61:} statement line (with the {@code :86:} that follows it) is one transaction of the
 * account in {@code :25:}, in the currency of the opening balance {@code :60F:}/{@code :60M:}.
 */
public final class Mt940Parser implements StatementParser {

  private static final Pattern TAG =
      Pattern.compile(":(20|21|25P?|28C?|60[FM]|61|62[FM]|64|65|86|13D?|34F|90[CD]|NS):(.*)");
  private static final Pattern BALANCE = Pattern.compile("[CD](\\d{6})([A-Z]{3})[0-9,]+");

  /** Lines a bank may put before the first {@code :20:} (e.g. ABN AMRO's three header lines). */
  private static final int MAX_PREAMBLE_LINES = 10;

  private final Charset charset;

  public Mt940Parser(Charset charset) {
    this.charset = charset;
  }

  @Override
  public void parse(InputStream in, StatementSink sink) throws IOException {
    TextLines lines = new TextLines(in, charset);
    StatementLineReader reader = new StatementLineReader(sink);
    String tag = null;
    long tagLine = 0;
    List<String> value = new ArrayList<>(4);
    boolean started = false;
    int preamble = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      String content = envelopeStripped(line);
      if (content.isBlank()) {
        continue;
      }
      Matcher field = TAG.matcher(content);
      if (!started) {
        if (field.matches() && field.group(1).equals("20")) {
          started = true;
        } else if (++preamble > MAX_PREAMBLE_LINES || field.matches()) {
          throw new UnreadableFileException(
              "This is not an MT940 statement: a statement starts with the :20: field, the file"
                  + " starts with "
                  + Text.quote(content)
                  + " (line "
                  + lines.lineNumber()
                  + ").");
        } else {
          continue;
        }
      }
      if (field.matches()) {
        if (tag != null) {
          reader.field(tag, tagLine, value);
        }
        tag = field.group(1);
        tagLine = lines.lineNumber();
        value = new ArrayList<>(4);
        value.add(field.group(2));
      } else if (content.strip().equals("-")) {
        // End of one message: the next field starts a new one.
        if (tag != null) {
          reader.field(tag, tagLine, value);
          tag = null;
        }
        reader.endOfMessage();
      } else if (tag != null) {
        value.add(content);
      }
    }
    if (!started) {
      throw new UnreadableFileException(
          "This is not an MT940 statement: the file has no :20: field.");
    }
    if (tag != null) {
      reader.field(tag, tagLine, value);
    }
    reader.endOfMessage();
  }

  /** A line without SWIFT block envelope parts ({@code {1:...}{2:...}{4:} and {@code -}}). */
  private static String envelopeStripped(String line) {
    String stripped = line;
    if (stripped.startsWith("{")) {
      int body = stripped.indexOf("{4:");
      stripped = body < 0 ? "" : stripped.substring(body + 3);
    }
    if (stripped.endsWith("-}")) {
      stripped = stripped.substring(0, stripped.length() - 2) + "-";
    }
    return stripped;
  }

  /** The currency of a {@code :60F:} opening balance, or {@code null}. */
  static String balanceCurrency(String value) {
    Matcher balance = BALANCE.matcher(value.strip());
    return balance.matches() ? balance.group(2) : null;
  }
}
