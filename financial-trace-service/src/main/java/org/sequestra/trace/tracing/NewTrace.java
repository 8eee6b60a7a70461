package org.sequestra.trace.tracing;

import java.time.Instant;
import java.util.List;
import org.sequestra.trace.engine.AttributionRule;
import org.sequestra.trace.engine.TraceDirection;

/**
 * What a caller asks to trace, as given (checked against the graph by {@link TraceRequest}). Stored
 * with the trace as JSON in the shape of the contract's NewTrace.
 */
record NewTrace(
    TraceDirection direction,
    AttributionRule rule,
    Seed seed,
    Integer hopLimit,
    String minimumAmount,
    List<Long> stopList,
    List<ConversionRate> conversionRates,
    Integer topPaths) {

  /** Where the traced money is: an account with an amount, or transactions. */
  record Seed(
      Long accountId,
      String accountIdentifier,
      String amount,
      String currency,
      Instant from,
      Instant until,
      List<Long> transactionIds) {}

  /** A fixed rate from another currency into the traced one. */
  record ConversionRate(String currency, String rate) {}
}
