package org.sequestra.trace.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Collects findings, enforcing the cap per pattern and remembering which patterns were cut short.
 */
final class FindingSink {

  private final TemporalGraph graph;
  private final int maxPerPattern;
  private final List<Finding> findings = new ArrayList<>();
  private final int[] counts = new int[Pattern.values().length];
  private final Set<Pattern> truncated = EnumSet.noneOf(Pattern.class);

  FindingSink(TemporalGraph graph, int maxPerPattern) {
    this.graph = graph;
    this.maxPerPattern = maxPerPattern;
  }

  /**
   * Records a finding over these edges (in time order); false once the pattern's cap is reached:
   * stop.
   */
  boolean add(Pattern pattern, int account, long amount, int[] edges, int edgeCount) {
    if (counts[pattern.ordinal()] == maxPerPattern) {
      truncated.add(pattern);
      return false;
    }
    counts[pattern.ordinal()]++;
    findings.add(
        new Finding(
            pattern,
            account,
            graph.currency(edges[0]),
            amount,
            graph.time(edges[0]),
            graph.time(edges[edgeCount - 1]),
            IntStream.range(0, edgeCount)
                .mapToObj(i -> EvidenceTransaction.of(graph, edges[i]))
                .toList()));
    return true;
  }

  void truncated(Pattern pattern) {
    truncated.add(pattern);
  }

  /** Findings by pattern, then time, then account. */
  PatternReport report() {
    findings.sort(
        Comparator.comparing(Finding::pattern)
            .thenComparingLong(Finding::from)
            .thenComparingInt(Finding::account));
    return new PatternReport(findings, truncated);
  }
}
