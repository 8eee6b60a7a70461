package org.sequestra.trace.patterns;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Round-tripping: from every transaction a -> b in event order, a depth-first search over
 * time-respecting paths (each next transaction at or after the previous one's time, within the
 * window, same currency, carrying between the retained share of the first amount and the first
 * amount itself) of at most {@code cycleMaxHops} transactions through distinct accounts back to a.
 *
 * <p>Bounded work: the amount band and the window prune the search. Before each search the origin's
 * incoming transactions that could be a last leg are marked (none, no search; for busy origins the
 * narrower of the window and the amount band is scanned), so the path's last hop enters only
 * accounts that can still pay the origin in time. Each start transaction may examine at most {@code
 * cycleSearchBudget} transactions, marking included; a search that runs out reports the pattern as
 * truncated. The same ring of accounts is reported again only when it starts after the previous
 * report of it ended (parallel transfers and rotations of one round trip are one finding).
 */
final class CycleDetector {

  private static final int BUSY = 256;

  private final TemporalGraph graph;
  private final PatternOptions options;
  private final FindingSink sink;
  private final int maxHops;
  private final int[] pathAccount;
  private final int[] pathEdge;
  private final int[] cursor;
  private final int[] end;
  private final Map<String, Long> ringReportedUntil = new HashMap<>();
  // Accounts that can close the current start's cycle in one hop, and the latest time they can.
  private final int[] closerIn;
  private final long[] closerLatest;
  private int search;
  // Incoming transactions of busy accounts sorted by amount, so marking closers can scan the amount
  // band instead of the whole window when the band is the narrower of the two.
  private final Map<Integer, int[]> incomingByAmount = new HashMap<>();

  CycleDetector(TemporalGraph graph, PatternOptions options, FindingSink sink) {
    this.graph = graph;
    this.options = options;
    this.sink = sink;
    this.maxHops = options.cycleMaxHops();
    this.pathAccount = new int[maxHops + 1];
    this.pathEdge = new int[maxHops];
    this.cursor = new int[maxHops];
    this.end = new int[maxHops];
    this.closerIn = new int[graph.accountCount()];
    this.closerLatest = new long[graph.accountCount()];
    for (int account = 0; account < graph.accountCount(); account++) {
      if (graph.inEnd(account) - graph.inStart(account) > BUSY) {
        incomingByAmount.put(
            account,
            IntStream.range(graph.inStart(account), graph.inEnd(account))
                .map(graph::inEdge)
                .boxed()
                .sorted(Comparator.comparingLong(graph::amount))
                .mapToInt(Integer::intValue)
                .toArray());
      }
    }
  }

  void detect() {
    long window = options.cycleWindow().toSeconds();
    for (int start = 0; start < graph.transactionCount(); start++) {
      if (graph.from(start) != graph.to(start) && !searchFrom(start, window)) {
        return;
      }
    }
  }

  /** False when the findings cap stops detection. */
  private boolean searchFrom(int first, long window) {
    int origin = graph.from(first);
    long firstAmount = graph.amount(first);
    int currency = graph.currency(first);
    long latest = Windows.end(graph.time(first), window);
    int budget = options.cycleSearchBudget();
    int closers = markClosers(origin, currency, firstAmount, graph.time(first), latest);
    budget -= closers;
    if (closers == 0 || !mayContinue(graph.to(first), graph.time(first), 1)) {
      return true;
    }
    pathAccount[0] = origin;
    pathAccount[1] = graph.to(first);
    pathEdge[0] = first;
    int depth = 1;
    open(depth, graph.time(first));
    while (depth > 0) {
      if (cursor[depth] == end[depth]) {
        depth--;
        continue;
      }
      if (budget-- <= 0) {
        sink.truncated(Pattern.CYCLE);
        return true;
      }
      int edge = graph.outEdge(cursor[depth]++);
      if (graph.time(edge) > latest) {
        cursor[depth] = end[depth];
        continue;
      }
      int target = graph.to(edge);
      if (!inBand(edge, currency, firstAmount)) {
        continue;
      }
      pathEdge[depth] = edge;
      if (target == origin) {
        if (!report(depth + 1)) {
          return false;
        }
      } else if (depth + 1 < maxHops
          && mayContinue(target, graph.time(edge), depth + 1)
          && !onPath(target, depth)) {
        depth++;
        pathAccount[depth] = target;
        open(depth, graph.time(edge));
      }
    }
    return true;
  }

  /** Same currency, at most the first amount, at least its retained share. */
  private boolean inBand(int edge, int currency, long firstAmount) {
    long amount = graph.amount(edge);
    return graph.currency(edge) == currency
        && amount <= firstAmount
        && Percent.atLeast(amount, firstAmount, options.cycleMinRetainedPercent());
  }

  /**
   * Marks the accounts that pay into the origin in the window with an amount in the band (the only
   * possible last legs); returns how many transactions that looked at, 0 when there are none.
   */
  private int markClosers(int origin, int currency, long firstAmount, long from, long latest) {
    search++;
    int low = firstIncomingAtOrAfter(origin, from);
    int high = firstIncomingAtOrAfter(origin, Windows.end(latest, 1));
    int[] byAmount = incomingByAmount.get(origin);
    boolean any = false;
    if (byAmount != null) {
      int bandLow = firstInBand(byAmount, firstAmount);
      int bandHigh = firstAbove(byAmount, firstAmount);
      if (bandHigh - bandLow < high - low) {
        for (int k = bandLow; k < bandHigh; k++) {
          any |= mark(origin, currency, firstAmount, from, latest, byAmount[k]);
        }
        return any ? Math.max(bandHigh - bandLow, 1) : 0;
      }
    }
    for (int position = low; position < high; position++) {
      any |= mark(origin, currency, firstAmount, from, latest, graph.inEdge(position));
    }
    return any ? high - low : 0;
  }

  private boolean mark(
      int origin, int currency, long firstAmount, long from, long latest, int edge) {
    int payer = graph.from(edge);
    long time = graph.time(edge);
    if (payer == origin || time < from || time > latest || !inBand(edge, currency, firstAmount)) {
      return false;
    }
    if (closerIn[payer] != search || closerLatest[payer] < time) {
      closerIn[payer] = search;
      closerLatest[payer] = time;
    }
    return true;
  }

  private int firstIncomingAtOrAfter(int account, long time) {
    int low = graph.inStart(account);
    int high = graph.inEnd(account);
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (graph.time(graph.inEdge(mid)) < time) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** First index of an amount that keeps the retained share of {@code firstAmount}. */
  private int firstInBand(int[] byAmount, long firstAmount) {
    int low = 0;
    int high = byAmount.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (!Percent.atLeast(
          graph.amount(byAmount[mid]), firstAmount, options.cycleMinRetainedPercent())) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private int firstAbove(int[] byAmount, long firstAmount) {
    int low = 0;
    int high = byAmount.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (graph.amount(byAmount[mid]) <= firstAmount) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * With one hop left after arriving at {@code time}, only an account that can still pay the origin
   * is worth entering.
   */
  private boolean mayContinue(int account, long time, int hopsUsed) {
    return maxHops - hopsUsed > 1 || closerIn[account] == search && closerLatest[account] >= time;
  }

  /**
   * Positions the search at depth {@code depth} on the account's outgoing transactions at or after
   * {@code notBefore}.
   */
  private void open(int depth, long notBefore) {
    int account = pathAccount[depth];
    int low = graph.outStart(account);
    int high = graph.outEnd(account);
    end[depth] = high;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (graph.time(graph.outEdge(mid)) < notBefore) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    cursor[depth] = low;
  }

  private boolean onPath(int account, int depth) {
    for (int d = 0; d <= depth; d++) {
      if (pathAccount[d] == account) {
        return true;
      }
    }
    return false;
  }

  private boolean report(int hops) {
    String ring = ringKey(hops);
    long from = graph.time(pathEdge[0]);
    Long reportedUntil = ringReportedUntil.get(ring);
    if (reportedUntil != null && from <= reportedUntil) {
      return true;
    }
    ringReportedUntil.put(ring, graph.time(pathEdge[hops - 1]));
    return sink.add(
        Pattern.CYCLE, pathAccount[0], graph.amount(pathEdge[hops - 1]), pathEdge, hops);
  }

  /**
   * The ring's accounts rotated to start at the smallest id, so every rotation of a cycle has one
   * key.
   */
  private String ringKey(int hops) {
    int smallest = 0;
    for (int d = 1; d < hops; d++) {
      if (pathAccount[d] < pathAccount[smallest]) {
        smallest = d;
      }
    }
    int[] ring = new int[hops];
    for (int d = 0; d < hops; d++) {
      ring[d] = pathAccount[(smallest + d) % hops];
    }
    return Arrays.toString(ring);
  }
}
