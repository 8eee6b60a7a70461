package org.sequestra.trace.engine;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where did the proceeds go. One sweep over the transactions in event order: every account keeps a
 * plain balance until traced money reaches it, then an {@link AccountLedger} of the chosen rule
 * whose lots are labelled with the hop level (transfers made since the seed). Money therefore only
 * leaves an account after it arrived, cycles cost nothing extra, and the work is one pass over the
 * window's transactions (times the lots of traced accounts).
 *
 * <p>Balances start at zero and never go negative (the seed's account alone may start from a
 * statement's opening balance, see {@link SeedBalance}): an outflow larger than the balance takes
 * everything, and the excess is money from an unknown source that carries no traced money. Money
 * that stops being followed (hop limit, threshold, stop-list) stays in the receiving account as
 * untraced money.
 */
public final class ForwardTrace {

  private final TemporalGraph graph;

  public ForwardTrace(TemporalGraph graph) {
    this.graph = graph;
  }

  public TraceResult trace(TraceSeed seed, TraceOptions options) {
    return new Sweep(options).run(seed);
  }

  private final class Sweep {

    private final AttributionRule rule;
    private final int hopLimit;
    private final long minAmount;
    private final BitSet stopList;
    private final TracedAmounts amounts;
    private final TraceRecorder recorder;
    private final long[] balance = new long[graph.accountCount()];
    private final AccountLedger[] ledgers = new AccountLedger[graph.accountCount()];
    private final long[] hasLedger = new long[(graph.accountCount() + 63) >>> 6];
    private final Pieces taken = new Pieces();
    private final TraceOptions options;

    /** The seed account's balance replayed from its opening balance, or -1 without one. */
    private long openingReplay = -1;

    Sweep(TraceOptions options) {
      this.options = options;
      rule = options.rule();
      hopLimit = options.hopLimit();
      minAmount = options.minAmount();
      stopList = options.stopSet();
      amounts = new TracedAmounts(graph, options);
      recorder = new TraceRecorder(graph, TraceDirection.FORWARD, options);
    }

    TraceResult run(TraceSeed seed) {
      int end = graph.edgesUntil(seed.until());
      int[] seedEdges = new int[0];
      int placeAt = -1;
      switch (seed) {
        case TraceSeed.InAccount in -> {
          placeAt = firstEdgeFrom(in.from());
          if (in.opening() != null) {
            // Replayed from the statement's opening balance, apart from the sweep.
            openingReplay = SeedBalance.of(graph, options, in, TraceDirection.FORWARD).balance();
          }
        }
        case TraceSeed.OfTransactions of -> seedEdges = seedEdges(of);
      }
      int nextSeed = 0;
      for (int e = 0; e < end; e++) {
        int stop = Math.min(end, nextSeed < seedEdges.length ? seedEdges[nextSeed] : end);
        if (placeAt >= e) {
          stop = Math.min(stop, placeAt);
        }
        e = replayUntraced(e, stop);
        if (e == end) {
          break;
        }
        if (e == placeAt) {
          place((TraceSeed.InAccount) seed);
        }
        long amount = amounts.of(e);
        if (amount < 0) {
          continue;
        }
        boolean isSeed = nextSeed < seedEdges.length && seedEdges[nextSeed] == e;
        if (isSeed) {
          nextSeed++;
        }
        int sender = graph.from(e);
        AccountLedger ledger = ledgers[sender];
        if (ledger == null && !isSeed) {
          balance[sender] = Math.max(0, balance[sender] - amount);
          depositUntraced(graph.to(e), amount);
          continue;
        }
        taken.clear();
        if (ledger == null) {
          balance[sender] = Math.max(0, balance[sender] - amount);
          taken.add(Pieces.UNTRACED, amount);
        } else {
          taken.add(Pieces.UNTRACED, ledger.withdraw(amount, taken));
          if (ledger.traced() == 0 && rule.conservesAmounts()) {
            balance[sender] = ledger.balance();
            ledgers[sender] = null;
            hasLedger[sender >>> 6] &= ~(1L << sender);
          }
        }
        deliver(e, graph.to(e), amount, isSeed);
      }
      if (placeAt == end) {
        place((TraceSeed.InAccount) seed);
      }
      for (int account = 0; account < ledgers.length; account++) {
        if (ledgers[account] != null) {
          recorder.book(account, EndReason.HELD, ledgers[account].traced());
        }
      }
      return recorder.result();
    }

    /** Moves the pieces one transaction took from its sender into the receiver, one hop further. */
    private void deliver(int edge, int receiver, long amount, boolean isSeed) {
      long carried = taken.tracedTotal();
      if (isSeed) {
        recorder.seedEdge(edge, amount - carried);
      } else if (carried == 0) {
        depositUntraced(receiver, amount);
        return;
      } else if (carried < minAmount) {
        recorder.book(receiver, EndReason.BELOW_THRESHOLD, carried);
        depositUntraced(receiver, amount);
        return;
      }
      recorder.flow(edge, isSeed ? amount : carried);
      if (stopList.get(receiver) && !isSeed) {
        recorder.book(receiver, EndReason.STOP_LIST, carried);
        depositUntraced(receiver, amount);
        return;
      }
      for (int i = 0; i < taken.size(); i++) {
        int label = taken.label(i);
        // A seed transaction makes its untraced part proceeds, at level 0.
        int level = label != Pieces.UNTRACED ? label + 1 : isSeed ? 0 : Pieces.UNTRACED;
        long part = taken.amount(i);
        if (level == Pieces.UNTRACED) {
          depositUntraced(receiver, part);
        } else if (level >= hopLimit) {
          recorder.book(receiver, EndReason.HOP_LIMIT, part);
          depositUntraced(receiver, part);
        } else {
          ledgerOf(receiver).deposit(level, part);
        }
      }
    }

    /**
     * The seed's amount of the money already in the account becomes traced, as if it arrived now.
     */
    private void place(TraceSeed.InAccount seed) {
      int account = seed.account();
      if (openingReplay >= 0) {
        balance[account] = openingReplay;
      }
      long placed = Math.min(seed.amount(), balance[account]);
      recorder.seedAccount(account, seed.amount());
      recorder.book(account, EndReason.UNEXPLAINED, seed.amount() - placed);
      if (hopLimit == 0) {
        recorder.book(account, EndReason.HOP_LIMIT, placed);
      } else if (placed > 0) {
        balance[account] -= placed;
        ledgerOf(account).deposit(0, placed);
      }
    }

    private AccountLedger ledgerOf(int account) {
      AccountLedger ledger = ledgers[account];
      if (ledger == null) {
        ledger = rule.openLedger(balance[account], hopLimit);
        ledgers[account] = ledger;
        hasLedger[account >>> 6] |= 1L << account;
        balance[account] = 0;
      }
      return ledger;
    }

    /**
     * Hot path: untraced money moving between untraced balances, in a loop of its own so that it
     * compiles as tight as a plain balance replay. Returns the first edge from {@code e} on, before
     * {@code stop}, whose sender holds traced money (or {@code stop}).
     */
    private int replayUntraced(int e, int stop) {
      for (; e < stop; e++) {
        int sender = graph.from(e);
        if (hasLedger(sender)) {
          return e;
        }
        long amount = amounts.of(e);
        if (amount >= 0) {
          balance[sender] = Math.max(0, balance[sender] - amount);
          depositUntraced(graph.to(e), amount);
        }
      }
      return e;
    }

    /** A bit per account, so the hot path checks 1/64 of the memory {@code ledgers} would take. */
    private boolean hasLedger(int account) {
      return (hasLedger[account >>> 6] & 1L << account) != 0;
    }

    private void depositUntraced(int account, long amount) {
      if (hasLedger(account)) {
        ledgers[account].deposit(Pieces.UNTRACED, amount);
      } else {
        balance[account] += amount;
      }
    }

    private int firstEdgeFrom(long epochSecond) {
      return epochSecond == Long.MIN_VALUE ? 0 : graph.edgesUntil(epochSecond - 1);
    }

    private int[] seedEdges(TraceSeed.OfTransactions seed) {
      int[] edges = graph.edgesOf(seed.transactionIds());
      for (int e : edges) {
        long time = graph.time(e);
        if (time < seed.from() || time > seed.until() || amounts.of(e) < 0) {
          throw new IllegalArgumentException(
              "seed transaction "
                  + graph.transactionId(e)
                  + " is outside the window or not in the traced currency");
        }
      }
      return Arrays.stream(edges).sorted().distinct().toArray();
    }
  }
}
