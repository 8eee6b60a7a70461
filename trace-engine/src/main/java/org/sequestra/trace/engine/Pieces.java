package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * A reusable scratch list of labelled amounts, e.g. the lots one outflow took from an account.
 * Label {@link #UNTRACED} is money the trace does not follow; other labels are hop levels (forward)
 * or inflow edge ids (backward). Reused across edges so sweeps allocate nothing per edge.
 */
final class Pieces {

  static final int UNTRACED = -1;

  private int size;
  private int[] labels = new int[8];
  private long[] amounts = new long[8];

  void clear() {
    size = 0;
  }

  /** Appends, merging with the last piece when the label repeats. */
  void add(int label, long amount) {
    if (amount == 0) {
      return;
    }
    if (size > 0 && labels[size - 1] == label) {
      amounts[size - 1] += amount;
      return;
    }
    if (size == labels.length) {
      labels = Arrays.copyOf(labels, size * 2);
      amounts = Arrays.copyOf(amounts, size * 2);
    }
    labels[size] = label;
    amounts[size++] = amount;
  }

  int size() {
    return size;
  }

  int label(int i) {
    return labels[i];
  }

  long amount(int i) {
    return amounts[i];
  }

  long tracedTotal() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      if (labels[i] != UNTRACED) {
        sum += amounts[i];
      }
    }
    return sum;
  }
}
