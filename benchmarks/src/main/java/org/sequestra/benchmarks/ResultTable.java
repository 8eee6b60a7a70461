package org.sequestra.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The printed result: one row per figure, grouped in sections, columns sized to their content. */
final class ResultTable {

  /**
   * @param figure what was measured
   * @param measured the figure
   * @param baseline what it is compared with, measured in the same run ("" if it is a ratio
   *     already)
   * @param ratio measured against baseline, or the figure itself when it is a ratio
   * @param target the target, "" where there is none
   * @param verdict "met", "MISSED" or "" (a statement about this run, never an assertion)
   */
  record Row(
      String figure,
      String measured,
      String baseline,
      String ratio,
      String target,
      String verdict) {}

  private static final Row HEADER =
      new Row("figure", "measured", "in-run baseline", "ratio", "target", "");

  private final List<Object> lines = new ArrayList<>();

  void section(String title) {
    lines.add(title);
  }

  void row(
      String figure,
      String measured,
      String baseline,
      String ratio,
      String target,
      String verdict) {
    lines.add(new Row(figure, measured, baseline, ratio, target, verdict));
  }

  static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  /** A Markdown table, readable as plain text too. */
  void print(PrintStream out) {
    int[] width = widths();
    printRow(out, HEADER, width);
    StringBuilder rule = new StringBuilder("|");
    for (int w : width) {
      rule.append("-".repeat(w + 2)).append('|');
    }
    out.println(rule);
    for (Object line : lines) {
      if (line instanceof Row row) {
        printRow(out, row, width);
      } else {
        printRow(out, new Row("**" + line + "**", "", "", "", "", ""), width);
      }
    }
  }

  private int[] widths() {
    int[] width = cells(HEADER).stream().mapToInt(String::length).toArray();
    for (Object line : lines) {
      if (line instanceof Row row) {
        List<String> cells = cells(row);
        for (int i = 0; i < width.length; i++) {
          width[i] = Math.max(width[i], cells.get(i).length());
        }
      } else {
        width[0] = Math.max(width[0], line.toString().length() + 4);
      }
    }
    return width;
  }

  private static void printRow(PrintStream out, Row row, int[] width) {
    StringBuilder text = new StringBuilder("|");
    List<String> cells = cells(row);
    for (int i = 0; i < width.length; i++) {
      text.append(' ').append(String.format("%-" + width[i] + "s", cells.get(i))).append(" |");
    }
    out.println(text);
  }

  private static List<String> cells(Row row) {
    return List.of(
        row.figure(), row.measured(), row.baseline(), row.ratio(), row.target(), row.verdict());
  }
}
