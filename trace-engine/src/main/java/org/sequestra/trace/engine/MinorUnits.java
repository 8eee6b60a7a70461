package org.sequestra.trace.engine;

import java.math.BigInteger;

/**
 * Exact integer arithmetic on amounts in minor units (cents). Money is never floating point: shares
 * are computed on exact rationals and rounded half up, so every split is deterministic.
 */
final class MinorUnits {

  /** Below 2^51, 2a + c stays below 2^53, where every long is exactly a double. */
  private static final long EXACT_IN_DOUBLE = 1L << 51;

  private MinorUnits() {}

  /** round-half-up(a * b / c) for a, b >= 0 and c > 0, exact even when a * b overflows a long. */
  static long mulDivHalfUp(long a, long b, long c) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    if (high == 0 && low >= 0 && low < EXACT_IN_DOUBLE && c < EXACT_IN_DOUBLE) {
      // Integer division is several times slower than floating point and not pipelined, and
      // pro-rata splits divide for every lot of most outflows of a traced account. Numerator
      // and divisor are exact doubles here, and a quotient just below an integer is at least
      // 1/divisor away from it, more than half its ulp, so truncating the rounded quotient is
      // exact; the check below costs one multiply and keeps it so should the bounds change.
      long numerator = 2 * low + c;
      long divisor = 2 * c;
      long quotient = (long) ((double) numerator / (double) divisor);
      return numerator - quotient * divisor < 0 ? quotient - 1 : quotient;
    }
    if (high == 0 && low >= 0 && low <= (Long.MAX_VALUE - c) / 2) {
      return (2 * low + c) / (2 * c);
    }
    BigInteger twice =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(b))
            .shiftLeft(1)
            .add(BigInteger.valueOf(c));
    return twice.divide(BigInteger.valueOf(c).shiftLeft(1)).longValueExact();
  }

  /**
   * Splits {@code total} over parts in proportion to {@code weights[start..end)} (which sum to
   * {@code weightSum >= total}), writing {@code parts[start..end)}. Cumulative rounding: part i =
   * round(W_i * total / weightSum) - round(W_{i-1} * total / weightSum) with W the running weight
   * sum. The parts therefore add up to {@code total} exactly, each is its exact share rounded down
   * or up, and none exceeds its weight.
   */
  static void split(long total, long[] weights, int start, int end, long weightSum, long[] parts) {
    long cumulativeWeight = 0;
    long given = 0;
    for (int i = start; i < end; i++) {
      cumulativeWeight += weights[i];
      long upTo =
          cumulativeWeight == weightSum ? total : mulDivHalfUp(cumulativeWeight, total, weightSum);
      parts[i] = upTo - given;
      given = upTo;
    }
  }
}
