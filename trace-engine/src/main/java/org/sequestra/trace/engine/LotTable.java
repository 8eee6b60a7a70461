package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * A ledger of lots keyed by label, for rules where the position of money in the account does not
 * matter (pro-rata, LIBR); subclasses decide which lots an outflow takes. Labels below {@code
 * denseLabels} (hop levels) share one lot each; larger labels (inflow edge ids, which never repeat)
 * get their own lot, after the lots already there.
 *
 * <p>The untraced money is a plain field and the rule is this object itself, not a wrapper around a
 * table: these ledgers are touched for a large share of all transactions on wide traces (hubs), and
 * with every rule in use in one JVM the calls to them cannot be inlined, so each indirection
 * between an account and its untraced balance costs (measured: the pro-rata sweep 25 % faster). The
 * few traced lots are searched linearly.
 */
abstract class LotTable implements AccountLedger {

  private final int denseLabels;
  private long untraced;
  private long traced;
  private int count;
  private int emptyLots;
  private int[] labels = new int[4];
  private long[] amounts = new long[4];

  LotTable(int denseLabels) {
    this.denseLabels = denseLabels;
  }

  @Override
  public final void deposit(int label, long amount) {
    if (amount == 0) {
      return;
    }
    if (label == Pieces.UNTRACED) {
      untraced += amount;
      return;
    }
    traced += amount;
    int lot = label < denseLabels ? lotOf(label) : -1;
    if (lot < 0) {
      lot = appendLot(label);
    }
    amounts[lot] += amount;
  }

  @Override
  public final long balance() {
    return untraced + traced;
  }

  @Override
  public final long traced() {
    return traced;
  }

  final long untraced() {
    return untraced;
  }

  final void takeUntraced(long amount, Pieces taken) {
    untraced -= amount;
    taken.add(Pieces.UNTRACED, amount);
  }

  /** Takes all traced money, and the untraced money first when {@code withUntraced}. */
  final void takeAll(boolean withUntraced, Pieces taken) {
    if (withUntraced) {
      takeUntraced(untraced, taken);
    }
    for (int lot = 0; lot < count; lot++) {
      takeFrom(lot, amounts[lot], taken);
    }
    compactIfSparse();
  }

  /**
   * Takes {@code amount}, less than {@code weightSum} (the traced money, plus the untraced money
   * when {@code withUntraced}), from each of those in proportion to its size, untraced money first
   * (cumulative rounding as in {@link MinorUnits#split}: the parts add up exactly, none exceeds its
   * lot).
   */
  final void takeProRata(boolean withUntraced, long amount, long weightSum, Pieces taken) {
    long cumulativeWeight = 0;
    long given = 0;
    if (withUntraced) {
      cumulativeWeight = untraced;
      given =
          cumulativeWeight == weightSum
              ? amount
              : MinorUnits.mulDivHalfUp(cumulativeWeight, amount, weightSum);
      takeUntraced(given, taken);
      if (given == amount) {
        // The traced lots' shares round to nothing (common where a hub holds a little traced
        // money).
        return;
      }
    }
    for (int lot = 0; lot < count; lot++) {
      cumulativeWeight += amounts[lot];
      long upTo =
          cumulativeWeight == weightSum
              ? amount
              : MinorUnits.mulDivHalfUp(cumulativeWeight, amount, weightSum);
      takeFrom(lot, upTo - given, taken);
      given = upTo;
    }
    compactIfSparse();
  }

  private void takeFrom(int lot, long part, Pieces taken) {
    if (part == 0) {
      return;
    }
    amounts[lot] -= part;
    traced -= part;
    if (amounts[lot] == 0) {
      emptyLots++;
    }
    taken.add(labels[lot], part);
  }

  private int lotOf(int label) {
    for (int lot = 0; lot < count; lot++) {
      if (labels[lot] == label) {
        return lot;
      }
    }
    return -1;
  }

  private int appendLot(int label) {
    if (count == labels.length) {
      labels = Arrays.copyOf(labels, count * 2);
      amounts = Arrays.copyOf(amounts, count * 2);
    }
    labels[count] = label;
    amounts[count] = 0;
    return count++;
  }

  /**
   * Drops emptied lots once more than half of the table (counting the untraced money as a lot), so
   * spent inflows stop costing time. When it happens decides where a label's next lot goes, hence
   * the order of cumulative rounding: the moment is kept as it was before this class changed shape.
   */
  private void compactIfSparse() {
    if (emptyLots * 2 <= count) {
      return;
    }
    int kept = 0;
    for (int lot = 0; lot < count; lot++) {
      if (amounts[lot] != 0) {
        labels[kept] = labels[lot];
        amounts[kept] = amounts[lot];
        kept++;
      }
    }
    count = kept;
    emptyLots = 0;
  }
}
