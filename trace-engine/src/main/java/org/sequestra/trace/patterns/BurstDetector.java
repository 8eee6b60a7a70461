package org.sequestra.trace.patterns;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Fan-in, fan-out and structuring: bursts of transactions at one account within a time window.
 *
 * <p>Per account and currency, a window slides over the account's time-sorted incoming (or
 * outgoing) transactions that qualify. As soon as the window holds enough of them (distinct
 * counterparties for fans, deposits just under the threshold for structuring), the finding takes
 * every qualifying transaction from the window's first one to the end of the window starting there,
 * and the search resumes after it: findings do not overlap and each transaction is evidence at most
 * once. Linear in the number of transactions.
 */
final class BurstDetector {

  private final TemporalGraph graph;
  private final FindingSink sink;
  private final int[] counterpartyCount;
  private int[] buffer = new int[16];

  BurstDetector(TemporalGraph graph, FindingSink sink) {
    this.graph = graph;
    this.sink = sink;
    this.counterpartyCount = new int[graph.accountCount()];
  }

  void fans(boolean incoming, PatternOptions options) {
    Pattern pattern = incoming ? Pattern.FAN_IN : Pattern.FAN_OUT;
    long window = options.fanWindow().toSeconds();
    for (int account = 0; account < graph.accountCount(); account++) {
      for (int currency : currencies(account, incoming)) {
        int count = qualifying(account, incoming, currency, 0, Long.MAX_VALUE);
        if (!scan(
            pattern, account, count, incoming, window, options.fanMinCounterparties(), true)) {
          return;
        }
      }
    }
  }

  void structuring(PatternOptions options) {
    long window = options.structuringWindow().toSeconds();
    long floor = options.structuringFloor();
    long below = options.structuringThreshold() - 1;
    for (int account = 0; account < graph.accountCount(); account++) {
      for (int currency : currencies(account, true)) {
        int count = qualifying(account, true, currency, floor, below);
        if (!scan(
            Pattern.STRUCTURING,
            account,
            count,
            true,
            window,
            options.structuringMinDeposits(),
            false)) {
          return;
        }
      }
    }
  }

  /**
   * Fills {@code buffer} with the account's transactions in the currency with amounts in [min,
   * max], self-transfers left out.
   */
  private int qualifying(int account, boolean incoming, int currency, long min, long max) {
    int start = incoming ? graph.inStart(account) : graph.outStart(account);
    int end = incoming ? graph.inEnd(account) : graph.outEnd(account);
    if (buffer.length < end - start) {
      buffer = new int[end - start];
    }
    int count = 0;
    for (int position = start; position < end; position++) {
      int edge = incoming ? graph.inEdge(position) : graph.outEdge(position);
      long amount = graph.amount(edge);
      if (graph.from(edge) != graph.to(edge)
          && graph.currency(edge) == currency
          && amount >= min
          && amount <= max) {
        buffer[count++] = edge;
      }
    }
    return count;
  }

  /**
   * Slides the window over {@code buffer[0, count)}; a burst needs {@code needed} transactions, or
   * with {@code distinct} that many distinct counterparties. False when the findings cap stops
   * detection.
   */
  private boolean scan(
      Pattern pattern,
      int account,
      int count,
      boolean incoming,
      long window,
      int needed,
      boolean distinct) {
    int first = 0;
    int held = 0;
    for (int i = 0; i < count; i++) {
      held += enter(buffer[i], incoming, distinct);
      while (graph.time(buffer[i]) - graph.time(buffer[first]) > window) {
        held -= leave(buffer[first++], incoming, distinct);
      }
      if (held >= needed) {
        long until = Windows.end(graph.time(buffer[first]), window);
        int last = i + 1;
        while (last < count && graph.time(buffer[last]) <= until) {
          last++;
        }
        if (!emit(pattern, account, first, last)) {
          return false;
        }
        for (int k = first; k <= i; k++) {
          leave(buffer[k], incoming, distinct);
        }
        held = 0;
        first = last;
        i = last - 1;
      }
    }
    for (int k = first; k < count; k++) {
      leave(buffer[k], incoming, distinct);
    }
    return true;
  }

  /**
   * How much the transaction adds to the window's count (1 for a new counterparty, 0 for a repeat
   * one).
   */
  private int enter(int edge, boolean incoming, boolean distinct) {
    return distinct ? (counterpartyCount[counterparty(edge, incoming)]++ == 0 ? 1 : 0) : 1;
  }

  private int leave(int edge, boolean incoming, boolean distinct) {
    return distinct ? (--counterpartyCount[counterparty(edge, incoming)] == 0 ? 1 : 0) : 1;
  }

  private int counterparty(int edge, boolean incoming) {
    return incoming ? graph.from(edge) : graph.to(edge);
  }

  private boolean emit(Pattern pattern, int account, int first, int last) {
    long total = 0;
    for (int k = first; k < last; k++) {
      total += graph.amount(buffer[k]);
    }
    return sink.add(pattern, account, total, Arrays.copyOfRange(buffer, first, last), last - first);
  }

  /** Currencies of the account's incoming (or outgoing) transactions; nearly always just one. */
  private int[] currencies(int account, boolean incoming) {
    int start = incoming ? graph.inStart(account) : graph.outStart(account);
    int end = incoming ? graph.inEnd(account) : graph.outEnd(account);
    if (start == end) {
      return new int[0];
    }
    int only = graph.currency(incoming ? graph.inEdge(start) : graph.outEdge(start));
    for (int position = start + 1; position < end; position++) {
      if (graph.currency(incoming ? graph.inEdge(position) : graph.outEdge(position)) != only) {
        return IntStream.range(start, end)
            .map(p -> graph.currency(incoming ? graph.inEdge(p) : graph.outEdge(p)))
            .distinct()
            .sorted()
            .toArray();
      }
    }
    return new int[] {only};
  }
}
