package org.sequestra.trace.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Where did the money come from. The seed is split into the inflows that funded it under the rule
 * (by replaying the account's history, see {@link SourceReplay}), then each inflow into the inflows
 * of its sender, one hop level at a time. A transaction only ever leads to strictly earlier ones,
 * so cycles end by themselves; the hop limit bounds the levels and the threshold the breadth.
 * Amounts are split with exact cumulative rounding, so every level adds up to the seed.
 *
 * <p>Supported rules: FIFO, LIFO, PRO_RATA and POISON (as tainted volumes, see {@link
 * BackwardPoison}). LIBR protects a claimant's money already traced into an account; going backward
 * there is no such money yet, so it has no backward meaning and is rejected.
 */
public final class BackwardTrace {

  private final TemporalGraph graph;

  public BackwardTrace(TemporalGraph graph) {
    this.graph = graph;
  }

  public TraceResult trace(TraceSeed seed, TraceOptions options) {
    return switch (options.rule()) {
      case LIBR ->
          throw new IllegalArgumentException(
              "LIBR is a forward rule (it protects money already traced into an account); trace backward with FIFO, LIFO, PRO_RATA or POISON");
      case POISON -> new BackwardPoison(graph, options).trace(seed);
      case FIFO, LIFO, PRO_RATA -> new Unwind(options, seed).run(seed);
    };
  }

  private final class Unwind {

    private final int hopLimit;
    private final long minAmount;
    private final BitSet stopList;
    private final TracedAmounts amounts;
    private final TraceRecorder recorder;
    private final SourceReplay replay;
    private final Map<Integer, SourceReplay.Composition> compositions = new HashMap<>();

    Unwind(TraceOptions options, TraceSeed seed) {
      hopLimit = options.hopLimit();
      minAmount = options.minAmount();
      stopList = options.stopSet();
      amounts = new TracedAmounts(graph, options);
      recorder = new TraceRecorder(graph, TraceDirection.BACKWARD, options);
      int windowStart = seed.from() == Long.MIN_VALUE ? 0 : graph.edgesUntil(seed.from() - 1);
      replay = new SourceReplay(graph, options.rule(), amounts, windowStart);
    }

    TraceResult run(TraceSeed seed) {
      IntLongMap level = new IntLongMap();
      int hop = 0;
      switch (seed) {
        case TraceSeed.InAccount in -> {
          recorder.seedAccount(in.account(), in.amount());
          if (hopLimit == 0) {
            recorder.book(in.account(), EndReason.HOP_LIMIT, in.amount());
          } else {
            spread(in.account(), seedComposition(in), in.amount(), level);
          }
          hop = 1;
        }
        case TraceSeed.OfTransactions of -> {
          for (int edge : graph.edgesOf(of.transactionIds())) {
            long amount = seedAmount(edge, of);
            recorder.seedEdge(edge, amount);
            recorder.flow(edge, amount);
            level.add(edge, amount);
          }
        }
      }
      for (; level.size() > 0; hop++) {
        level = unwind(level, hop);
      }
      return recorder.result();
    }

    /**
     * Splits the money on this level's transactions into their senders' inflows: the next level.
     */
    private IntLongMap unwind(IntLongMap demand, int hop) {
      IntLongMap next = new IntLongMap();
      long[] bySender =
          Arrays.stream(demand.sortedKeys())
              .mapToLong(e -> (long) graph.from(e) << 32 | e)
              .sorted()
              .toArray();
      int[] followed = new int[bySender.length];
      for (int start = 0, end; start < bySender.length; start = end) {
        int sender = (int) (bySender[start] >>> 32);
        int count = 0;
        for (end = start; end < bySender.length && (int) (bySender[end] >>> 32) == sender; end++) {
          int edge = (int) bySender[end];
          if (follows(edge, sender, demand.get(edge), hop)) {
            followed[count++] = edge;
          }
        }
        compose(sender, Arrays.copyOf(followed, count));
        for (int i = 0; i < count; i++) {
          spread(sender, compositions.get(followed[i]), demand.get(followed[i]), next);
        }
      }
      return next;
    }

    /**
     * Records the transaction's flow and says whether its sender's money is traced further back.
     */
    private boolean follows(int edge, int sender, long amount, int hop) {
      if (hop > 0) {
        if (amount < minAmount) {
          recorder.book(sender, EndReason.BELOW_THRESHOLD, amount);
          return false;
        }
        recorder.flow(edge, amount);
        if (stopList.get(sender)) {
          recorder.book(sender, EndReason.STOP_LIST, amount);
          return false;
        }
      }
      if (hop == hopLimit) {
        recorder.book(sender, EndReason.HOP_LIMIT, amount);
        return false;
      }
      return true;
    }

    private void compose(int sender, int[] edges) {
      int[] missing = Arrays.stream(edges).filter(e -> !compositions.containsKey(e)).toArray();
      if (missing.length > 0) {
        SourceReplay.Composition[] found = replay.outflows(sender, missing);
        for (int i = 0; i < missing.length; i++) {
          compositions.put(missing[i], found[i]);
        }
      }
    }

    /**
     * Gives {@code amount} of what the composition describes to its inflows, pro rata with exact
     * rounding.
     */
    private void spread(
        int account, SourceReplay.Composition composition, long amount, IntLongMap next) {
      int pieces = composition.labels().length;
      long[] weights = Arrays.copyOf(composition.amounts(), pieces + 1);
      weights[pieces] = composition.shortfall();
      long[] parts = new long[pieces + 1];
      MinorUnits.split(amount, weights, 0, pieces + 1, composition.total(), parts);
      for (int i = 0; i < pieces; i++) {
        int label = composition.labels()[i];
        if (label == Pieces.UNTRACED) {
          recorder.book(account, EndReason.HELD, parts[i]);
        } else if (parts[i] > 0) {
          next.add(label, parts[i]);
        }
      }
      recorder.book(account, EndReason.UNEXPLAINED, parts[pieces]);
    }

    /** What the seed's account held at the end of {@code until}, from its opening if given. */
    private SourceReplay.Composition seedComposition(TraceSeed.InAccount in) {
      int end = graph.edgesUntil(in.until());
      if (in.opening() == null) {
        return replay.balance(in.account(), end, in.amount());
      }
      SeedBalance.checkOpening(in, TraceDirection.BACKWARD);
      int start = SeedBalance.firstEdgeFrom(graph, in.opening().at());
      return replay.balance(in.account(), start, in.opening().balance(), end, in.amount());
    }

    private long seedAmount(int edge, TraceSeed.OfTransactions seed) {
      long amount = amounts.of(edge);
      long time = graph.time(edge);
      if (amount < 0 || time < seed.from() || time > seed.until()) {
        throw new IllegalArgumentException(
            "seed transaction "
                + graph.transactionId(edge)
                + " is outside the window or not in the traced currency");
      }
      return amount;
    }
  }
}
