package org.sequestra.trace.patterns;

import java.util.EnumSet;
import java.util.Set;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Finds money-laundering patterns in a {@link TemporalGraph}: cycles (round-tripping), fan-in and
 * fan-out (smurfing), structuring and rapid pass-through, each finding with its evidence
 * transactions. Plain Java over the graph's arrays; one instance per graph, one thread per call.
 * Work is bounded: the window scans are linear, the cycle search has a budget per start
 * transaction, and every pattern stops at {@link PatternOptions#maxFindingsPerPattern()}; a pattern
 * cut short is reported as truncated.
 */
public final class PatternDetector {

  private final TemporalGraph graph;

  public PatternDetector(TemporalGraph graph) {
    this.graph = graph;
  }

  public PatternReport detect(PatternOptions options) {
    return detect(options, EnumSet.allOf(Pattern.class));
  }

  public PatternReport detect(PatternOptions options, Set<Pattern> patterns) {
    FindingSink sink = new FindingSink(graph, options.maxFindingsPerPattern());
    if (patterns.contains(Pattern.CYCLE)) {
      new CycleDetector(graph, options, sink).detect();
    }
    BurstDetector bursts = new BurstDetector(graph, sink);
    if (patterns.contains(Pattern.FAN_IN)) {
      bursts.fans(true, options);
    }
    if (patterns.contains(Pattern.FAN_OUT)) {
      bursts.fans(false, options);
    }
    if (patterns.contains(Pattern.STRUCTURING)) {
      bursts.structuring(options);
    }
    if (patterns.contains(Pattern.PASS_THROUGH)) {
      new PassThroughDetector(graph, options, sink).detect();
    }
    return sink.report();
  }
}
