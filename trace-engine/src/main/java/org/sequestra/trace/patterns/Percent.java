package org.sequestra.trace.patterns;

/** Exact share comparisons on non-negative minor units (128-bit products, no rounding). */
final class Percent {

  private Percent() {}

  /** {@code part >= whole * percent / 100}. */
  static boolean atLeast(long part, long whole, int percent) {
    long partHigh = Math.multiplyHigh(part, 100);
    long wholeHigh = Math.multiplyHigh(whole, percent);
    return partHigh != wholeHigh
        ? partHigh > wholeHigh
        : Long.compareUnsigned(part * 100, whole * percent) >= 0;
  }
}
