package org.sequestra.trace.engine;

/**
 * Converts a transaction's amount into the traced currency, e.g. at the euro reference rate of the
 * day (Regulation 2018/1805 Art 18(3)). Without one, other currencies are simply not traced.
 */
@FunctionalInterface
public interface CurrencyConversion {

  /** Returned when there is no rate: the transaction is then left out of the trace. */
  long NO_RATE = -1;

  /**
   * The amount in minor units of {@code toCurrency}, rounded by the implementation, or {@link
   * #NO_RATE}.
   */
  long convert(long amountMinor, int fromCurrency, int toCurrency, long epochSecond);
}
