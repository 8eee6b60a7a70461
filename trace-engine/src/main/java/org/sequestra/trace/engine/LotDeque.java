package org.sequestra.trace.engine;

/** Lots in arrival order (a ring buffer), taken from the oldest or the newest end. */
final class LotDeque {

  private int[] labels = new int[8];
  private long[] amounts = new long[8];
  private int head;
  private int size;
  private long balance;
  private long traced;

  /** Adds a lot as the newest, merged with the newest lot when the label is the same. */
  void append(int label, long amount) {
    if (amount == 0) {
      return;
    }
    balance += amount;
    if (label != Pieces.UNTRACED) {
      traced += amount;
    }
    if (size > 0 && labels[index(size - 1)] == label) {
      amounts[index(size - 1)] += amount;
      return;
    }
    if (size == labels.length) {
      grow();
    }
    labels[index(size)] = label;
    amounts[index(size)] = amount;
    size++;
  }

  long takeOldest(long amount, Pieces taken) {
    long left = amount;
    while (left > 0 && size > 0) {
      left -= take(head, left, taken);
      if (amounts[head] == 0) {
        head = index(1);
        size--;
      }
    }
    return left;
  }

  long takeNewest(long amount, Pieces taken) {
    long left = amount;
    while (left > 0 && size > 0) {
      int newest = index(size - 1);
      left -= take(newest, left, taken);
      if (amounts[newest] == 0) {
        size--;
      }
    }
    return left;
  }

  long balance() {
    return balance;
  }

  long traced() {
    return traced;
  }

  private long take(int slot, long wanted, Pieces taken) {
    long part = Math.min(wanted, amounts[slot]);
    amounts[slot] -= part;
    balance -= part;
    if (labels[slot] != Pieces.UNTRACED) {
      traced -= part;
    }
    taken.add(labels[slot], part);
    return part;
  }

  private int index(int offset) {
    return (head + offset) % labels.length;
  }

  private void grow() {
    int[] newLabels = new int[labels.length * 2];
    long[] newAmounts = new long[labels.length * 2];
    for (int i = 0; i < size; i++) {
      newLabels[i] = labels[index(i)];
      newAmounts[i] = amounts[index(i)];
    }
    labels = newLabels;
    amounts = newAmounts;
    head = 0;
  }
}
