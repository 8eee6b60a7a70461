package org.sequestra.trace.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what one trace finds (seed, flows, end points) and turns it into a {@link TraceResult}.
 */
final class TraceRecorder {

  private final TemporalGraph graph;
  private final TraceDirection direction;
  private final TraceOptions options;
  private final IntLongMap flows = new IntLongMap();
  private final AccountSums[] booked = new AccountSums[EndReason.values().length];
  private final IntLongMap seedEdges = new IntLongMap();
  private int seedAccount = -1;
  private long seeded;

  TraceRecorder(TemporalGraph graph, TraceDirection direction, TraceOptions options) {
    this.graph = graph;
    this.direction = direction;
    this.options = options;
    for (int i = 0; i < booked.length; i++) {
      booked[i] = new AccountSums(graph.accountCount());
    }
  }

  void seedAccount(int account, long amount) {
    seedAccount = account;
    seeded += amount;
  }

  void seedEdge(int edge, long amount) {
    seedEdges.add(edge, amount);
    seeded += amount;
  }

  void flow(int edge, long amount) {
    flows.add(edge, amount);
  }

  void book(int account, EndReason reason, long amount) {
    if (amount > 0) {
      booked[reason.ordinal()].add(account, amount);
    }
  }

  TraceResult result() {
    int[] edges = flows.sortedKeys();
    long[] amounts = new long[edges.length];
    for (int k = 0; k < edges.length; k++) {
      amounts[k] = flows.get(edges[k]);
    }
    AccountSums ends = new AccountSums(graph.accountCount());
    List<EndPoint> endPoints = new ArrayList<>();
    List<EndPoint> unexplained = new ArrayList<>();
    for (EndReason reason : EndReason.values()) {
      AccountSums byAccount = booked[reason.ordinal()];
      for (int account : byAccount.sortedKeys()) {
        EndPoint end = new EndPoint(account, reason, byAccount.get(account));
        (reason == EndReason.UNEXPLAINED ? unexplained : endPoints).add(end);
        ends.add(account, end.amount());
      }
    }
    Comparator<EndPoint> largestFirst = Comparator.comparingLong(EndPoint::amount).reversed();
    endPoints.sort(largestFirst);
    unexplained.sort(largestFirst);
    // Sort by transaction id on primitive (id, position) keys: results can hold many flows.
    long[] byId = new long[edges.length];
    for (int k = 0; k < edges.length; k++) {
      byId[k] = (long) graph.transactionId(edges[k]) << 32 | k;
    }
    Arrays.sort(byId);
    List<EdgeFlow> byTransaction = new ArrayList<>(edges.length);
    for (long key : byId) {
      int k = (int) key;
      int e = edges[k];
      byTransaction.add(
          new EdgeFlow(
              graph.transactionId(e), graph.from(e), graph.to(e), graph.time(e), amounts[k]));
    }
    List<TracePath> paths =
        new TopPaths(graph, direction, edges, amounts, seedEdges, seedAccount, seeded)
            .widest(ends, options.topPaths());
    return new TraceResult(
        direction, options.rule(), seeded, endPoints, unexplained, byTransaction, paths);
  }
}
