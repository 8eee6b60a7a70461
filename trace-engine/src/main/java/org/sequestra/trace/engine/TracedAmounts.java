package org.sequestra.trace.engine;

/**
 * The amount of each transaction in the traced currency, or -1 where it is not part of the trace.
 */
final class TracedAmounts {

  private final TemporalGraph graph;
  private final int currency;
  private final CurrencyConversion conversion;

  TracedAmounts(TemporalGraph graph, TraceOptions options) {
    this.graph = graph;
    this.currency = options.currency();
    this.conversion = options.conversion();
  }

  long of(int edge) {
    int edgeCurrency = graph.currency(edge);
    if (edgeCurrency == currency) {
      return graph.amount(edge);
    }
    if (conversion == null) {
      return -1;
    }
    long converted =
        conversion.convert(graph.amount(edge), edgeCurrency, currency, graph.time(edge));
    return converted > 0 ? converted : -1;
  }
}
