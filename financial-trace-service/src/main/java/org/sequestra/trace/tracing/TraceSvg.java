package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sequestra.platform.text.Xml;

/**
 * A trace's flow graph as SVG, laid out in plain Java: accounts in columns by their distance (in
 * traced transactions) from the accounts money first came from, flows between two accounts summed
 * into one labelled arrow, end points with their amounts and reasons. Everything is ordered by key,
 * so the same trace always gives the same bytes. Large traces keep their largest flows.
 */
final class TraceSvg {

  static final int MAX_ARROWS = 150;
  private static final int COLUMN_WIDTH = 330;
  private static final int BOX_WIDTH = 240;
  private static final int LINE = 14;
  private static final int GAP = 24;
  private static final int MARGIN = 40;

  private final String currency;
  private final Map<String, TraceReport.Node> nodes = new TreeMap<>();
  private final Map<String, List<String>> endLines = new HashMap<>();
  private final Map<String, Arrow> arrows = new TreeMap<>();

  private TraceSvg(String currency) {
    this.currency = currency;
  }

  static String of(Trace trace) {
    TraceSvg svg = new TraceSvg(trace.currency());
    for (TraceReport.Flow flow : trace.result().flows()) {
      svg.flow(flow);
    }
    for (TraceReport.EndPoint end : trace.result().endPoints()) {
      svg.end(end);
    }
    for (TraceReport.EndPoint end : trace.result().unexplained()) {
      svg.end(end);
    }
    return svg.render(trace);
  }

  private void flow(TraceReport.Flow flow) {
    String from = key(flow.from());
    String to = key(flow.to());
    nodes.putIfAbsent(from, flow.from());
    nodes.putIfAbsent(to, flow.to());
    arrows
        .computeIfAbsent(from + "\u0000" + to, k -> new Arrow(from, to))
        .add(new BigDecimal(flow.amount()));
  }

  private void end(TraceReport.EndPoint end) {
    String key = key(end.node());
    nodes.putIfAbsent(key, end.node());
    endLines
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(end.reason() + " " + end.amount() + " " + currency);
  }

  private String render(Trace trace) {
    List<Arrow> drawn =
        arrows.values().stream()
            .sorted(Comparator.comparing(Arrow::total).reversed().thenComparing(Arrow::key))
            .limit(MAX_ARROWS)
            .sorted(Comparator.comparing(Arrow::key))
            .toList();
    TreeSet<String> shown = new TreeSet<>(endLines.keySet());
    drawn.forEach(
        arrow -> {
          shown.add(arrow.from);
          shown.add(arrow.to);
        });
    Map<String, Integer> column = columns(shown, drawn);
    Map<Integer, Integer> nextY = new TreeMap<>();
    Map<String, int[]> box = new HashMap<>();
    for (String key :
        shown.stream()
            .sorted(Comparator.comparing((String k) -> column.get(k)).thenComparing(k -> k))
            .toList()) {
      int col = column.get(key);
      int y = nextY.getOrDefault(col, MARGIN + 30);
      int height = 2 * LINE + 8 + LINE * endLines.getOrDefault(key, List.of()).size();
      box.put(key, new int[] {MARGIN + col * COLUMN_WIDTH, y, height});
      nextY.put(col, y + height + GAP);
    }
    int width =
        MARGIN * 2
            + (column.values().stream().mapToInt(c -> c).max().orElse(0)) * COLUMN_WIDTH
            + BOX_WIDTH;
    int height = nextY.values().stream().mapToInt(y -> y).max().orElse(MARGIN + 30) + MARGIN;

    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n")
        .append("<title>Trace ")
        .append(trace.id())
        .append("</title>\n")
        .append(
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\"")
        .append(
            " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n")
        .append("<text x=\"")
        .append(MARGIN)
        .append("\" y=\"")
        .append(MARGIN)
        .append("\" font-size=\"13\">")
        .append(
            escape(
                trace.direction().name()
                    + " "
                    + trace.rule().name()
                    + " trace "
                    + trace.id()
                    + ", seed "
                    + trace.result().seedAmount()
                    + " "
                    + currency))
        .append("</text>\n");
    if (drawn.size() < arrows.size()) {
      svg.append("<text x=\"")
          .append(MARGIN)
          .append("\" y=\"")
          .append(MARGIN + 16)
          .append("\">")
          .append(arrows.size() - drawn.size())
          .append(" smaller flows not drawn (see the CSV export)</text>\n");
    }
    for (Arrow arrow : drawn) {
      int[] from = box.get(arrow.from);
      int[] to = box.get(arrow.to);
      int x1 = from[0] + BOX_WIDTH;
      int y1 = from[1] + from[2] / 2;
      int x2 = to[0];
      int y2 = to[1] + to[2] / 2;
      svg.append("<line x1=\"")
          .append(x1)
          .append("\" y1=\"")
          .append(y1)
          .append("\" x2=\"")
          .append(x2)
          .append("\" y2=\"")
          .append(y2)
          .append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>\n")
          .append("<text x=\"")
          .append((x1 + x2) / 2)
          .append("\" y=\"")
          .append((y1 + y2) / 2 - 4)
          .append("\" text-anchor=\"middle\" fill=\"#a00\">")
          .append(
              escape(
                  arrow.total.toPlainString()
                      + " "
                      + currency
                      + (arrow.count > 1 ? " (" + arrow.count + " tx)" : "")))
          .append("</text>\n");
    }
    for (String key : shown) {
      int[] b = box.get(key);
      svg.append("<rect x=\"")
          .append(b[0])
          .append("\" y=\"")
          .append(b[1])
          .append("\" width=\"")
          .append(BOX_WIDTH)
          .append("\" height=\"")
          .append(b[2])
          .append("\" rx=\"4\" fill=\"#f4f6fa\" stroke=\"#335\"/>\n");
      int y = b[1] + LINE + 2;
      svg.append("<text x=\"")
          .append(b[0] + 6)
          .append("\" y=\"")
          .append(y)
          .append("\">")
          .append(escape(shorten(nodes.get(key).label())))
          .append("</text>\n");
      for (String line : endLines.getOrDefault(key, List.of())) {
        y += LINE;
        svg.append("<text x=\"")
            .append(b[0] + 6)
            .append("\" y=\"")
            .append(y)
            .append("\" font-weight=\"bold\">")
            .append(escape(line))
            .append("</text>\n");
      }
    }
    return svg.append("</svg>\n").toString();
  }

  /**
   * Breadth-first distance from the nodes nothing flows into (or, inside a cycle, the first by
   * key).
   */
  private static Map<String, Integer> columns(TreeSet<String> shown, List<Arrow> drawn) {
    Map<String, List<String>> next = new TreeMap<>();
    Map<String, Integer> incoming = new HashMap<>();
    for (Arrow arrow : drawn) {
      next.computeIfAbsent(arrow.from, k -> new ArrayList<>()).add(arrow.to);
      incoming.merge(arrow.to, 1, Integer::sum);
    }
    Map<String, Integer> column = new HashMap<>();
    List<String> starts =
        new ArrayList<>(shown.stream().filter(k -> !incoming.containsKey(k)).toList());
    starts.addAll(shown);
    for (String start : starts) {
      if (column.containsKey(start)) {
        continue;
      }
      column.put(start, 0);
      ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
      while (!queue.isEmpty()) {
        String at = queue.poll();
        for (String to : next.getOrDefault(at, List.of())) {
          if (!column.containsKey(to)) {
            column.put(to, column.get(at) + 1);
            queue.add(to);
          }
        }
      }
    }
    return column;
  }

  private static String key(TraceReport.Node node) {
    return node.accountId() != null
        ? String.format("a%019d", node.accountId())
        : "u" + node.label();
  }

  private static String shorten(String label) {
    if (label.length() <= 40) {
      return label;
    }
    // Never cut between the two halves of a surrogate pair.
    int cut = Character.isHighSurrogate(label.charAt(38)) ? 38 : 39;
    return label.substring(0, cut) + "\u2026";
  }

  /** Safe for any stored text, control characters included (the document stays well-formed). */
  private static String escape(String text) {
    return Xml.escape(text);
  }

  private static final class Arrow {
    private final String from;
    private final String to;
    private BigDecimal total = BigDecimal.ZERO;
    private int count;

    Arrow(String from, String to) {
      this.from = from;
      this.to = to;
    }

    void add(BigDecimal amount) {
      total = total.add(amount);
      count++;
    }

    BigDecimal total() {
      return total;
    }

    String key() {
      return from + "\u0000" + to;
    }
  }
}
