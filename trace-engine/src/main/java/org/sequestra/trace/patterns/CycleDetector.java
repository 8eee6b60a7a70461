package org.sequestra.trace.patterns;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Round-tripping: from every transaction a -> b in event order, a depth-first search over
 * time-respecting paths (each next transaction at or after the previous one's time, within the
 * window, same currency, carrying between the retained share of the first amount and the first
 * amount itself) of at most {@code cycleMaxHops} transactions through distinct accounts back to a.
 *
 * <p>Bounded work: the amount band and the window prune the search, and each start transaction may
 * examine at most {@code cycleSearchBudget} transactions; a search that runs out reports the pattern
 * as truncated. The same ring of accounts is reported again only when it starts after the previous
 * report of it ended (parallel transfers and rotations of one round trip are one finding).
 */
final class CycleDetector {

    private final TemporalGraph graph;
    private final PatternOptions options;
    private final FindingSink sink;
    private final int maxHops;
    private final int[] pathAccount;
    private final int[] pathEdge;
    private final int[] cursor;
    private final int[] end;
    private final Map<String, Long> ringReportedUntil = new HashMap<>();

    CycleDetector(TemporalGraph graph, PatternOptions options, FindingSink sink) {
        this.graph = graph;
        this.options = options;
        this.sink = sink;
        this.maxHops = options.cycleMaxHops();
        this.pathAccount = new int[maxHops + 1];
        this.pathEdge = new int[maxHops];
        this.cursor = new int[maxHops];
        this.end = new int[maxHops];
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
            if (budget-- == 0) {
                sink.truncated(Pattern.CYCLE);
                return true;
            }
            int edge = graph.outEdge(cursor[depth]++);
            if (graph.time(edge) > latest) {
                cursor[depth] = end[depth];
                continue;
            }
            long amount = graph.amount(edge);
            int target = graph.to(edge);
            if (graph.currency(edge) != currency || amount > firstAmount
                    || !Percent.atLeast(amount, firstAmount, options.cycleMinRetainedPercent())) {
                continue;
            }
            pathEdge[depth] = edge;
            if (target == origin) {
                if (!report(depth + 1)) {
                    return false;
                }
            } else if (depth + 1 < maxHops && !onPath(target, depth)) {
                depth++;
                pathAccount[depth] = target;
                open(depth, graph.time(edge));
            }
        }
        return true;
    }

    /** Positions the search at depth {@code depth} on the account's outgoing transactions at or after {@code notBefore}. */
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
        return sink.add(Pattern.CYCLE, pathAccount[0], graph.amount(pathEdge[hops - 1]), pathEdge, hops);
    }

    /** The ring's accounts rotated to start at the smallest id, so every rotation of a cycle has one key. */
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
