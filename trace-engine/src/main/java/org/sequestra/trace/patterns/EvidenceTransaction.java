package org.sequestra.trace.patterns;

import org.sequestra.trace.engine.TemporalGraph;

/** One transaction a finding rests on, as the investigator needs to cite it. */
public record EvidenceTransaction(
    int transactionId, int from, int to, long amount, int currency, long time) {

  static EvidenceTransaction of(TemporalGraph graph, int edge) {
    return new EvidenceTransaction(
        graph.transactionId(edge),
        graph.from(edge),
        graph.to(edge),
        graph.amount(edge),
        graph.currency(edge),
        graph.time(edge));
  }
}
