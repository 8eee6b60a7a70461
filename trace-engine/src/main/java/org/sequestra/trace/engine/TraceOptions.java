package org.sequestra.trace.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to trace.
 *
 * @param rule attribution rule for money mixed in an account
 * @param currency only transactions in this currency are traced (unless {@code conversion} is set)
 * @param hopLimit most transactions the money is followed through; money that made that many
 *     transfers is reported as stopped at the hop limit where it sits
 * @param minAmount traced amounts below this on a transaction are not followed (reported as below
 *     threshold); 0 follows everything
 * @param stopList accounts where tracing stops (exchanges, payment processors)
 * @param conversion converts other currencies into {@code currency}; null keeps currencies apart
 * @param topPaths how many paths to report
 */
public record TraceOptions(
    AttributionRule rule,
    int currency,
    int hopLimit,
    long minAmount,
    Set<Integer> stopList,
    CurrencyConversion conversion,
    int topPaths) {

  public static final int DEFAULT_HOP_LIMIT = 10;
  public static final int DEFAULT_TOP_PATHS = 10;

  public TraceOptions {
    Objects.requireNonNull(rule, "rule");
    if (hopLimit < 0 || minAmount < 0 || topPaths < 0) {
      throw new IllegalArgumentException("hop limit, minimum amount and top paths are >= 0");
    }
    stopList = Set.copyOf(stopList);
  }

  public static TraceOptions of(AttributionRule rule, int currency) {
    return new TraceOptions(
        rule, currency, DEFAULT_HOP_LIMIT, 0, Set.of(), null, DEFAULT_TOP_PATHS);
  }

  public TraceOptions withHopLimit(int hops) {
    return new TraceOptions(rule, currency, hops, minAmount, stopList, conversion, topPaths);
  }

  public TraceOptions withMinAmount(long minorUnits) {
    return new TraceOptions(rule, currency, hopLimit, minorUnits, stopList, conversion, topPaths);
  }

  public TraceOptions withStopList(int... accounts) {
    return new TraceOptions(
        rule,
        currency,
        hopLimit,
        minAmount,
        Set.copyOf(Arrays.stream(accounts).boxed().toList()),
        conversion,
        topPaths);
  }

  public TraceOptions withConversion(CurrencyConversion rates) {
    return new TraceOptions(rule, currency, hopLimit, minAmount, stopList, rates, topPaths);
  }

  public TraceOptions withTopPaths(int paths) {
    return new TraceOptions(rule, currency, hopLimit, minAmount, stopList, conversion, paths);
  }

  public TraceOptions withRule(AttributionRule other) {
    return new TraceOptions(other, currency, hopLimit, minAmount, stopList, conversion, topPaths);
  }

  BitSet stopSet() {
    BitSet set = new BitSet();
    stopList.forEach(set::set);
    return set;
  }
}
