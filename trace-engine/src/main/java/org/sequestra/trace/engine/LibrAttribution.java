package org.sequestra.trace.engine;

/**
 * Lowest intermediate balance: the account holder spends untraced money first, traced money only
 * once nothing else is left, and later deposits never refill the traced claim. Traced lots of
 * different hop levels give up their share pro rata.
 */
final class LibrAttribution extends LotTable {

  LibrAttribution(int denseLabels) {
    super(denseLabels);
  }

  @Override
  public long withdraw(long amount, Pieces taken) {
    long fromUntraced = Math.min(amount, untraced());
    takeUntraced(fromUntraced, taken);
    long rest = amount - fromUntraced;
    if (rest == 0) {
      return 0;
    }
    long traced = traced();
    if (rest >= traced) {
      takeAll(false, taken);
      return rest - traced;
    }
    takeProRata(false, rest, traced, taken);
    return 0;
  }
}
