package org.sequestra.benchmarks;

import java.util.Arrays;

/** Small helpers for timings: nearest-rank percentiles and formatting. */
final class Stats {

  /** Results of measured loops land here, so the JIT cannot drop the loops as dead code. */
  private static volatile long sink;

  private Stats() {}

  static void consume(long value) {
    sink += value;
  }

  /** The nearest-rank percentile {@code p} (0 < p <= 100) of the values. */
  static long percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static long median(long[] values) {
    return percentile(values, 50);
  }

  static String millis(long nanos) {
    double ms = nanos / 1e6;
    return ms < 0.1
        ? String.format("%.3f ms", ms)
        : ms < 10
            ? String.format("%.2f ms", ms)
            : ms < 1000 ? String.format("%.1f ms", ms) : String.format("%,.0f ms", ms);
  }

  /** p50 / p95 / p99 in milliseconds with two decimals, as the service tables print them. */
  static String percentiles(long[] nanos) {
    return String.format(
        "p50 %.2f ms / p95 %.2f ms / p99 %.2f ms",
        percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6);
  }

  static String times(double ratio) {
    return ratio < 10 ? String.format("%.2f×", ratio) : String.format("%,.0f×", ratio);
  }

  static String perSecond(double count, long nanos) {
    return String.format("%.1f M/s", count / (nanos / 1e9) / 1e6);
  }
}
