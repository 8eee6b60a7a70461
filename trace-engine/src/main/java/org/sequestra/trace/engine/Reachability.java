package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * Accounts reachable from a seed by a time-respecting path of at most {@code hops} transactions:
 * the first at or after {@code fromTime}, each next one at or after the previous one's time.
 *
 * <p>Level-synchronous earliest-arrival search over the time-sorted outgoing CSR rows. An account
 * is expanded again only when a level improved its earliest arrival, and then only over the edges
 * between the new and the previous arrival time (later edges were already relaxed and would only
 * give the same times with more hops), so every edge is scanned at most once per search.
 *
 * <p>Why it is fast: "reached" and "queued for the next level" are bit sets (1 M accounts = 128 KB
 * each, which stay in the core's cache while the per-account int arrays do not), and the last level
 * only marks receivers as reached: an arrival time there leads nowhere, and on large searches that
 * level scans most of the edges. Nothing is allocated or cleared per edge; the bit sets are cleared
 * through the lists of accounts they hold. One instance serves many searches on one thread.
 */
public final class Reachability {

  private final TemporalGraph graph;
  private final long[] reachedBits;
  private final long[] queuedBits;
  private final long[] expandedBits;

  /** Per account, valid while it is reached: its earliest arrival (stored time key). */
  private final int[] earliest;

  /** Per account, valid once it was expanded: the end of its outgoing row not yet scanned. */
  private final int[] scannedFrom;

  private int[] frontier = new int[16];
  private int[] frontierTime = new int[16];
  private int[] next = new int[16];
  private int[] reached = new int[16];

  public Reachability(TemporalGraph graph) {
    this.graph = graph;
    int accounts = graph.accountCount();
    reachedBits = new long[(accounts + 63) >>> 6];
    queuedBits = new long[(accounts + 63) >>> 6];
    expandedBits = new long[(accounts + 63) >>> 6];
    earliest = new int[accounts];
    scannedFrom = new int[accounts];
  }

  public ReachableAccounts reachable(int seedAccount, long fromTime, int hops) {
    int reachedCount = 0;
    long scanned = 0;
    setBit(reachedBits, seedAccount);
    earliest[seedAccount] = graph.timeKey(fromTime);
    reached = push(reached, reachedCount++, seedAccount);
    int frontierSize = 0;
    int edges = graph.transactionCount();
    if (edges > 0 && fromTime <= graph.time(edges - 1)) {
      frontier[0] = seedAccount;
      frontierTime[0] = earliest[seedAccount];
      frontierSize = 1;
    }
    for (int hop = 1; hop <= hops && frontierSize > 0; hop++) {
      boolean lastLevel = hop == hops;
      int nextSize = 0;
      for (int i = 0; i < frontierSize; i++) {
        int account = frontier[i];
        int end;
        if (isSet(expandedBits, account)) {
          end = scannedFrom[account];
        } else {
          setBit(expandedBits, account);
          end = graph.outEnd(account);
        }
        int start = graph.firstOutAtOrAfter(graph.outStart(account), end, frontierTime[i]);
        scannedFrom[account] = start;
        scanned += end - start;
        if (lastLevel) {
          reachedCount = markReceivers(start, end, reachedCount);
          continue;
        }
        for (int position = start; position < end; position++) {
          int target = graph.outTo(position);
          int time = graph.outTimeKey(position);
          if (!isSet(reachedBits, target)) {
            setBit(reachedBits, target);
            earliest[target] = time;
            reached = push(reached, reachedCount++, target);
          } else if (time < earliest[target]) {
            earliest[target] = time;
          } else {
            continue;
          }
          if (!isSet(queuedBits, target)) {
            setBit(queuedBits, target);
            next = push(next, nextSize++, target);
          }
        }
      }
      frontierSize = nextFrontier(nextSize);
    }
    return new ReachableAccounts(drainReached(reachedCount), scanned);
  }

  /**
   * Makes the accounts queued during a level the next frontier, in ascending account order: their
   * CSR rows then lie in memory in the order they are scanned. Returns the frontier's size.
   */
  private int nextFrontier(int nextSize) {
    if (frontier.length < nextSize) {
      frontier = new int[next.length];
      frontierTime = new int[next.length];
    }
    if (nextSize > queuedBits.length / 4) {
      int n = 0;
      for (int word = 0; word < queuedBits.length; word++) {
        long bits = queuedBits[word];
        while (bits != 0) {
          frontier[n++] = word << 6 | Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
        }
        queuedBits[word] = 0;
      }
    } else {
      System.arraycopy(next, 0, frontier, 0, nextSize);
      Arrays.sort(frontier, 0, nextSize);
      for (int i = 0; i < nextSize; i++) {
        clearBit(queuedBits, frontier[i]);
      }
    }
    for (int i = 0; i < nextSize; i++) {
      // Snapshot once the level is done, so improvements made within a level add no hop.
      frontierTime[i] = earliest[frontier[i]];
    }
    return nextSize;
  }

  /** The last level: receivers only become reached, their arrival times lead nowhere. */
  private int markReceivers(int start, int end, int reachedCount) {
    for (int position = start; position < end; position++) {
      int target = graph.outTo(position);
      if (!isSet(reachedBits, target)) {
        setBit(reachedBits, target);
        reached = push(reached, reachedCount++, target);
      }
    }
    return reachedCount;
  }

  /**
   * The reached accounts, ascending, with their bits cleared for the next search. A large set is
   * read off the bit set in order (a pass over 1/64 of the accounts beats sorting), a small one is
   * sorted.
   */
  private int[] drainReached(int reachedCount) {
    int[] accounts;
    if (reachedCount > reachedBits.length / 4) {
      accounts = new int[reachedCount];
      int n = 0;
      for (int word = 0; word < reachedBits.length; word++) {
        long bits = reachedBits[word];
        while (bits != 0) {
          accounts[n++] = word << 6 | Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
        }
      }
      Arrays.fill(reachedBits, 0);
      Arrays.fill(expandedBits, 0);
    } else {
      accounts = Arrays.copyOf(reached, reachedCount);
      for (int account : accounts) {
        clearBit(reachedBits, account);
        clearBit(expandedBits, account);
      }
      Arrays.sort(accounts);
    }
    return accounts;
  }

  private static boolean isSet(long[] bits, int index) {
    return (bits[index >>> 6] & 1L << index) != 0;
  }

  private static void setBit(long[] bits, int index) {
    bits[index >>> 6] |= 1L << index;
  }

  private static void clearBit(long[] bits, int index) {
    bits[index >>> 6] &= ~(1L << index);
  }

  private static int[] push(int[] array, int size, int value) {
    int[] target = size == array.length ? Arrays.copyOf(array, size * 2) : array;
    target[size] = value;
    return target;
  }
}
