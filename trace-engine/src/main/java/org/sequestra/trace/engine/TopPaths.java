package org.sequestra.trace.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Widest (max-bottleneck) time-respecting paths through the traced flows, one per final
 * transaction. One pass in time order (backward traces: reverse time order) keeps, per account, the
 * best path that reached it so far, so the work is linear in the number of traced transactions.
 */
final class TopPaths {

  private final TemporalGraph graph;
  private final boolean forward;
  private final int[] edges;
  private final long[] flows;
  private final IntLongMap seedEdges;
  private final int seedAccount;
  private final long seedAmount;

  TopPaths(
      TemporalGraph graph,
      TraceDirection direction,
      int[] edgesAscending,
      long[] flows,
      IntLongMap seedEdges,
      int seedAccount,
      long seedAmount) {
    this.graph = graph;
    this.forward = direction == TraceDirection.FORWARD;
    this.edges = edgesAscending;
    this.flows = flows;
    this.seedEdges = seedEdges;
    this.seedAccount = seedAccount;
    this.seedAmount = seedAmount;
  }

  /** The {@code n} widest paths that end (forward) or start (backward) at an end-point account. */
  List<TracePath> widest(AccountSums endAccounts, int n) {
    int count = edges.length;
    long[] best = new long[count];
    int[] previous = new int[count];
    IntLongMap bestAt = new IntLongMap();
    IntLongMap pathAt = new IntLongMap();
    if (seedAccount >= 0) {
      bestAt.put(seedAccount, seedAmount);
      pathAt.put(seedAccount, -1);
    }
    for (int step = 0; step < count; step++) {
      int k = forward ? step : count - 1 - step;
      int e = edges[k];
      int enter = forward ? graph.from(e) : graph.to(e);
      int leave = forward ? graph.to(e) : graph.from(e);
      if (seedEdges.contains(e) || !bestAt.contains(enter)) {
        best[k] = flows[k];
        previous[k] = -1;
      } else {
        best[k] = Math.min(flows[k], bestAt.get(enter));
        previous[k] = (int) pathAt.get(enter);
      }
      if (!bestAt.contains(leave) || best[k] > bestAt.get(leave)) {
        bestAt.put(leave, best[k]);
        pathAt.put(leave, k);
      }
    }
    // The n widest final edges, widest first (earlier edge on ties): insertion into a short list.
    int[] top = new int[n];
    int size = 0;
    for (int k = 0; k < count && n > 0; k++) {
      int e = edges[k];
      if (!endAccounts.contains(forward ? graph.to(e) : graph.from(e))
          || size == n && best[k] <= best[top[n - 1]]) {
        continue;
      }
      int at = Math.min(size, n - 1);
      while (at > 0 && best[top[at - 1]] < best[k]) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = k;
      size = Math.min(size + 1, n);
    }
    List<TracePath> paths = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      paths.add(path(top[i], best, previous));
    }
    return paths;
  }

  private TracePath path(int last, long[] best, int[] previous) {
    List<Integer> chain = new ArrayList<>();
    for (int k = last; k >= 0; k = previous[k]) {
      chain.add(k);
    }
    if (forward) {
      chain = chain.reversed();
    }
    int[] transactions = new int[chain.size()];
    int[] accounts = new int[chain.size() + 1];
    for (int i = 0; i < chain.size(); i++) {
      int e = edges[chain.get(i)];
      transactions[i] = graph.transactionId(e);
      accounts[i] = graph.from(e);
      accounts[i + 1] = graph.to(e);
    }
    return new TracePath(best[last], accounts, transactions);
  }
}
