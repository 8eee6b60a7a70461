package org.sequestra.trace.importing.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a parser emitted, for assertions. */
public final class Collected implements StatementSink {

  public final List<StatementLine> lines = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  public final List<OpeningBalance> openingBalances = new ArrayList<>();

  public record Rejection(long line, String field, String reason) {}

  @Override
  public void accept(StatementLine line) {
    lines.add(line);
  }

  @Override
  public void reject(long lineNumber, String field, String reason) {
    rejections.add(new Rejection(lineNumber, field, reason));
  }

  @Override
  public void openingBalance(OpeningBalance balance) {
    openingBalances.add(balance);
  }

  public long flagged() {
    return lines.stream().filter(line -> !line.flags().isEmpty()).count();
  }

  public static Collected parse(StatementParser parser, String sample) {
    try (InputStream in = Collected.class.getResourceAsStream("/samples/" + sample)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + sample);
      }
      return parse(parser, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Collected parseText(StatementParser parser, String text) {
    return parse(parser, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  public static Collected parse(StatementParser parser, InputStream in) {
    Collected collected = new Collected();
    try {
      parser.parse(in, collected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return collected;
  }
}
