package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * Accounts reachable from a seed by a time-respecting path of at most {@code hops} transactions:
 * the first at or after {@code fromTime}, each next one at or after the previous one's time.
 *
 * <p>Level-synchronous earliest-arrival search over the time-sorted outgoing CSR rows. An account
 * is expanded again only when a level improved its earliest arrival, and then only over the edges
 * between the new and the previous arrival time (later edges were already relaxed and would only
 * give the same times with more hops), so every edge is scanned at most once per search. Per-search
 * state lives in arrays stamped with a generation number: nothing is cleared or allocated per edge.
 * One instance serves many searches on one thread.
 */
public final class Reachability {

    private final TemporalGraph graph;
    private final int[] reachedIn;
    private final int[] queuedIn;
    private final int[] earliest;
    private final int[] scannedFrom;
    private int[] frontier = new int[16];
    private int[] frontierTime = new int[16];
    private int[] next = new int[16];
    private int[] reached = new int[16];
    private int generation;

    public Reachability(TemporalGraph graph) {
        this.graph = graph;
        int accounts = graph.accountCount();
        reachedIn = new int[accounts];
        queuedIn = new int[accounts];
        earliest = new int[accounts];
        scannedFrom = new int[accounts];
    }

    public ReachableAccounts reachable(int seedAccount, long fromTime, int hops) {
        int search = newGeneration();
        int reachedCount = 0;
        long scanned = 0;
        reachedIn[seedAccount] = search;
        earliest[seedAccount] = graph.timeKey(fromTime);
        scannedFrom[seedAccount] = graph.outEnd(seedAccount);
        reached = push(reached, reachedCount++, seedAccount);
        int frontierSize = 0;
        int edges = graph.transactionCount();
        if (edges > 0 && fromTime <= graph.time(edges - 1)) {
            frontier[0] = seedAccount;
            frontierTime[0] = earliest[seedAccount];
            frontierSize = 1;
        }
        for (int hop = 1; hop <= hops && frontierSize > 0; hop++) {
            int level = newGeneration();
            int nextSize = 0;
            for (int i = 0; i < frontierSize; i++) {
                int account = frontier[i];
                int end = scannedFrom[account];
                int start = graph.firstOutAtOrAfter(graph.outStart(account), end, frontierTime[i]);
                scannedFrom[account] = start;
                scanned += end - start;
                for (int position = start; position < end; position++) {
                    int target = graph.outTo(position);
                    int time = graph.outTimeKey(position);
                    if (reachedIn[target] != search) {
                        reachedIn[target] = search;
                        earliest[target] = time;
                        scannedFrom[target] = graph.outEnd(target);
                        reached = push(reached, reachedCount++, target);
                    } else if (time < earliest[target]) {
                        earliest[target] = time;
                    } else {
                        continue;
                    }
                    if (queuedIn[target] != level) {
                        queuedIn[target] = level;
                        next = push(next, nextSize++, target);
                    }
                }
            }
            if (frontier.length < nextSize) {
                frontier = new int[next.length];
                frontierTime = new int[next.length];
            }
            for (int i = 0; i < nextSize; i++) {
                frontier[i] = next[i];
                // Snapshot once the level is done, so improvements made within a level add no hop.
                frontierTime[i] = earliest[next[i]];
            }
            frontierSize = nextSize;
        }
        int[] accounts = Arrays.copyOf(reached, reachedCount);
        Arrays.sort(accounts);
        return new ReachableAccounts(accounts, scanned);
    }

    /** A fresh stamp; on wrap-around the stamp arrays are cleared once. */
    private int newGeneration() {
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(reachedIn, 0);
            Arrays.fill(queuedIn, 0);
            generation = 0;
        }
        return ++generation;
    }

    private static int[] push(int[] array, int size, int value) {
        int[] target = size == array.length ? Arrays.copyOf(array, size * 2) : array;
        target[size] = value;
        return target;
    }
}
