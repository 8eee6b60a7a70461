package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative int keys (edge or account ids) to long sums, without
 * boxing.
 */
final class IntLongMap {

  private static final int FREE = -1;

  private int[] keys = new int[16];
  private long[] values = new long[16];
  private int size;

  IntLongMap() {
    Arrays.fill(keys, FREE);
  }

  void add(int key, long delta) {
    int slot = slotOf(key);
    if (keys[slot] == FREE) {
      keys[slot] = key;
      if (++size * 2 > keys.length) {
        rehash();
        slot = slotOf(key);
      }
    }
    values[slot] += delta;
  }

  void put(int key, long value) {
    add(key, value - get(key));
  }

  boolean contains(int key) {
    return keys[slotOf(key)] != FREE;
  }

  long get(int key) {
    int slot = slotOf(key);
    return keys[slot] == FREE ? 0 : values[slot];
  }

  int size() {
    return size;
  }

  /** The keys, ascending. */
  int[] sortedKeys() {
    int[] out = new int[size];
    int n = 0;
    for (int key : keys) {
      if (key != FREE) {
        out[n++] = key;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private int slotOf(int key) {
    int mask = keys.length - 1;
    int mixed = key * 0x9E3779B9;
    int slot = (mixed ^ mixed >>> 16) & mask;
    while (keys[slot] != FREE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void rehash() {
    int[] oldKeys = keys;
    long[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
