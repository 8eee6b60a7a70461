package org.sequestra.trace.engine;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Queue;

/**
 * Backward poison: an outflow is tainted by every inflow its account received before it (inside the
 * window), in full. A breadth-first walk by hop level; each account's inflows are scanned once,
 * from a per-account cursor, because a later visit can only need a longer prefix of them. Reports
 * volumes: each reached account's money from before the window as held, and the usual stops.
 */
final class BackwardPoison {

  private record Visit(int account, int edgesBefore, int hop, long volume) {}

  private final TemporalGraph graph;
  private final int hopLimit;
  private final long minAmount;
  private final BitSet stopList;
  private final TracedAmounts amounts;
  private final TraceRecorder recorder;
  private final IntLongMap cursor = new IntLongMap();
  private final Queue<Visit> queue = new ArrayDeque<>();
  private int windowStart;

  BackwardPoison(TemporalGraph graph, TraceOptions options) {
    this.graph = graph;
    hopLimit = options.hopLimit();
    minAmount = options.minAmount();
    stopList = options.stopSet();
    amounts = new TracedAmounts(graph, options);
    recorder = new TraceRecorder(graph, TraceDirection.BACKWARD, options);
  }

  TraceResult trace(TraceSeed seed) {
    windowStart = seed.from() == Long.MIN_VALUE ? 0 : graph.edgesUntil(seed.from() - 1);
    switch (seed) {
      case TraceSeed.InAccount in -> {
        recorder.seedAccount(in.account(), in.amount());
        queue.add(new Visit(in.account(), graph.edgesUntil(in.until()), 0, in.amount()));
      }
      case TraceSeed.OfTransactions of -> {
        for (int edge : graph.edgesOf(of.transactionIds())) {
          long amount = amounts.of(edge);
          if (amount < 0 || graph.time(edge) < of.from() || graph.time(edge) > of.until()) {
            throw new IllegalArgumentException(
                "seed transaction "
                    + graph.transactionId(edge)
                    + " is outside the window or not in the traced currency");
          }
          recorder.seedEdge(edge, amount);
          recorder.flow(edge, amount);
          queue.add(new Visit(graph.from(edge), edge, 0, amount));
        }
      }
    }
    while (!queue.isEmpty()) {
      visit(queue.poll());
    }
    return recorder.result();
  }

  private void visit(Visit visit) {
    int account = visit.account();
    if (visit.hop() == hopLimit) {
      recorder.book(account, EndReason.HOP_LIMIT, visit.volume());
      return;
    }
    if (!cursor.contains(account)) {
      recorder.book(account, EndReason.HELD, balanceBeforeWindow(account));
      cursor.put(account, firstInflowInWindow(account));
    }
    int position = (int) cursor.get(account);
    for (;
        position < graph.inEnd(account) && graph.inEdge(position) < visit.edgesBefore();
        position++) {
      int edge = graph.inEdge(position);
      long amount = amounts.of(edge);
      if (amount < 0) {
        continue;
      }
      int sender = graph.from(edge);
      if (amount < minAmount) {
        recorder.book(sender, EndReason.BELOW_THRESHOLD, amount);
        continue;
      }
      recorder.flow(edge, amount);
      if (stopList.get(sender)) {
        recorder.book(sender, EndReason.STOP_LIST, amount);
      } else {
        queue.add(new Visit(sender, edge, visit.hop() + 1, amount));
      }
    }
    cursor.put(account, position);
  }

  private int firstInflowInWindow(int account) {
    int position = graph.inStart(account);
    while (position < graph.inEnd(account) && graph.inEdge(position) < windowStart) {
      position++;
    }
    return position;
  }

  /**
   * The account's balance when the window opens (never below zero, as everywhere in the engine).
   */
  private long balanceBeforeWindow(int account) {
    long balance = 0;
    int in = graph.inStart(account);
    int out = graph.outStart(account);
    while (true) {
      int inEdge = in < graph.inEnd(account) ? graph.inEdge(in) : Integer.MAX_VALUE;
      int outEdge = out < graph.outEnd(account) ? graph.outEdge(out) : Integer.MAX_VALUE;
      if (Math.min(inEdge, outEdge) >= windowStart) {
        return balance;
      }
      if (inEdge < outEdge) {
        in++;
        balance += Math.max(0, amounts.of(inEdge));
      } else {
        out++;
        balance = Math.max(0, balance - Math.max(0, amounts.of(outEdge)));
      }
    }
  }
}
