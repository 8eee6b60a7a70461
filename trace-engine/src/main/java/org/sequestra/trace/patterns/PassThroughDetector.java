package org.sequestra.trace.patterns;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Rapid pass-through: per account and currency, a sweep over its transactions in event order
 * matches outgoing money to the incoming transactions of the last {@code passThroughWindow}, oldest
 * first (FIFO, as the engine's rule of that name). An incoming transaction passed through once
 * outgoing transactions carried at least {@code passThroughMinRetainedPercent} of it on; the
 * finding lists it and those outgoing transactions. Money leaves only after it arrived (event
 * order); an incoming transaction older than the window no longer counts; an outgoing transaction
 * that recent incoming money covers for less than that share was paid mostly from older money and
 * carries nothing through (a large payment does not make every small deposit before it a
 * pass-through). Linear in the number of transactions.
 */
final class PassThroughDetector {

  private final TemporalGraph graph;
  private final PatternOptions options;
  private final FindingSink sink;
  private final ArrayDeque<Inflow> pending = new ArrayDeque<>();

  PassThroughDetector(TemporalGraph graph, PatternOptions options, FindingSink sink) {
    this.graph = graph;
    this.options = options;
    this.sink = sink;
  }

  /** An incoming transaction and the outgoing ones that carried part of it on so far. */
  private static final class Inflow {
    final int edge;
    long left;
    int[] carriedBy = new int[2];
    int carriers;

    Inflow(int edge, long amount) {
      this.edge = edge;
      this.left = amount;
    }

    void carriedBy(int out) {
      if (carriers == carriedBy.length) {
        carriedBy = Arrays.copyOf(carriedBy, carriers * 2);
      }
      carriedBy[carriers++] = out;
    }
  }

  void detect() {
    for (int account = 0; account < graph.accountCount(); account++) {
      for (int currency : currencies(account)) {
        if (!sweep(account, currency)) {
          return;
        }
      }
    }
  }

  /** False when the findings cap stops detection. */
  private boolean sweep(int account, int currency) {
    long window = options.passThroughWindow().toSeconds();
    pending.clear();
    int in = graph.inStart(account);
    int out = graph.outStart(account);
    int inEnd = graph.inEnd(account);
    int outEnd = graph.outEnd(account);
    long pendingTotal = 0;
    while (out < outEnd) {
      // Both rows are in event order; take whichever transaction happened first.
      if (in < inEnd && graph.inEdge(in) < graph.outEdge(out)) {
        int edge = graph.inEdge(in++);
        if (graph.from(edge) != account
            && graph.currency(edge) == currency
            && graph.amount(edge) >= options.passThroughMinAmount()) {
          pending.addLast(new Inflow(edge, graph.amount(edge)));
          pendingTotal += graph.amount(edge);
        }
        continue;
      }
      int edge = graph.outEdge(out++);
      if (graph.to(edge) == account || graph.currency(edge) != currency) {
        continue;
      }
      long time = graph.time(edge);
      while (!pending.isEmpty() && time - graph.time(pending.peekFirst().edge) > window) {
        pendingTotal -= pending.pollFirst().left;
      }
      long amount = graph.amount(edge);
      if (!Percent.atLeast(
          Math.min(amount, pendingTotal), amount, options.passThroughMinRetainedPercent())) {
        continue;
      }
      while (amount > 0 && !pending.isEmpty()) {
        Inflow inflow = pending.peekFirst();
        long take = Math.min(inflow.left, amount);
        inflow.left -= take;
        amount -= take;
        pendingTotal -= take;
        inflow.carriedBy(edge);
        long received = graph.amount(inflow.edge);
        long passed = received - inflow.left;
        // Either the outgoing amount is used up, or this inflow is (and then it passed through
        // whole).
        if (Percent.atLeast(passed, received, options.passThroughMinRetainedPercent())) {
          pendingTotal -= pending.pollFirst().left;
          if (!emit(account, inflow, passed)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private boolean emit(int account, Inflow inflow, long passed) {
    int[] edges = new int[inflow.carriers + 1];
    edges[0] = inflow.edge;
    System.arraycopy(inflow.carriedBy, 0, edges, 1, inflow.carriers);
    return sink.add(Pattern.PASS_THROUGH, account, passed, edges, edges.length);
  }

  private int[] currencies(int account) {
    return IntStream.concat(
            IntStream.range(graph.inStart(account), graph.inEnd(account))
                .map(p -> graph.currency(graph.inEdge(p))),
            IntStream.range(graph.outStart(account), graph.outEnd(account))
                .map(p -> graph.currency(graph.outEdge(p))))
        .distinct()
        .sorted()
        .toArray();
  }
}
