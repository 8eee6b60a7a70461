package org.sequestra.trace.importing.statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text file, decoded strictly: a byte sequence that is not valid in the charset
 * fails the file with the number of the line that holds it, instead of turning into replacement
 * characters. Lines end with LF, CRLF or CR. Only ASCII-compatible charsets (UTF-8, ISO-8859-1,
 * windows-1252), where a line break is always the byte 0x0A or 0x0D.
 */
public final class TextLines {

  /** A longer line means the file is not a text statement (and would cost unbounded memory). */
  static final int MAX_LINE_BYTES = 1 << 20;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private boolean eof;
  private boolean skipLf;
  private long lineNumber;

  public TextLines(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The next line without its line break, or {@code null} at the end of the file. */
  public String next() throws IOException {
    int scanned = start;
    while (true) {
      for (int i = scanned; i < end; i++) {
        byte b = buffer[i];
        if (skipLf && i == start) {
          skipLf = false;
          if (b == '\n') {
            start++;
            continue;
          }
        }
        if (b == '\n' || b == '\r') {
          String line = decode(start, i);
          start = i + 1;
          skipLf = b == '\r';
          return line;
        }
      }
      scanned = end;
      if (eof) {
        if (start == end) {
          return null;
        }
        String line = decode(start, end);
        start = end;
        return line;
      }
      scanned -= fill();
    }
  }

  /** The number of the line {@link #next()} returned last (1-based). */
  public long lineNumber() {
    return lineNumber;
  }

  /** Reads more bytes, moving the unread rest to the front; returns how far it moved. */
  private int fill() throws IOException {
    int shift = start;
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      if (buffer.length >= MAX_LINE_BYTES) {
        throw new UnreadableFileException(
            "Line "
                + (lineNumber + 1)
                + " is longer than "
                + (MAX_LINE_BYTES >> 10)
                + " KB: this is not a text statement file.");
      }
      buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
    return shift;
  }

  private String decode(int from, int to) {
    lineNumber++;
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = buffer[i] >= 0;
    }
    String line;
    if (ascii) {
      line = new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
    } else {
      try {
        line = decoder.decode(ByteBuffer.wrap(buffer, from, to - from)).toString();
      } catch (CharacterCodingException e) {
        throw new UnreadableFileException(
            "The file is not valid "
                + charset.name()
                + " text: line "
                + lineNumber
                + " holds bytes that are not "
                + charset.name()
                + ". Give the file's encoding in the charset parameter.");
      }
    }
    if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    return line;
  }
}
