package org.sequestra.trace.engine;

import java.util.Arrays;

/**
 * Replays one account's history with inflows labelled by their edge id, to tell which inflows an
 * outflow took under the rule (the backward view of attribution). Inflows before the window are
 * pooled as untraced money: backward tracing does not look behind the window.
 */
final class SourceReplay {

  /**
   * What one outflow took: inflow edges (or {@link Pieces#UNTRACED}) with amounts, plus any
   * shortfall.
   */
  record Composition(int[] labels, long[] amounts, long shortfall) {

    long total() {
      return Arrays.stream(amounts).sum() + shortfall;
    }
  }

  private final TemporalGraph graph;
  private final AttributionRule rule;
  private final TracedAmounts amounts;
  private final int windowStart;
  private final Pieces taken = new Pieces();

  SourceReplay(
      TemporalGraph graph, AttributionRule rule, TracedAmounts amounts, int windowStartEdge) {
    this.graph = graph;
    this.rule = rule;
    this.amounts = amounts;
    this.windowStart = windowStartEdge;
  }

  /**
   * Compositions of the account's outflows {@code wanted} (ascending edge ids), in the same order.
   */
  Composition[] outflows(int account, int[] wanted) {
    Composition[] found = new Composition[wanted.length];
    replay(account, 0, 0, wanted[wanted.length - 1] + 1, wanted, found);
    return found;
  }

  /**
   * Composition of {@code amount} taken from the account after the graph's first {@code
   * edgesBefore} edges.
   */
  Composition balance(int account, int edgesBefore, long amount) {
    return balance(account, 0, 0, edgesBefore, amount);
  }

  /**
   * As {@link #balance(int, int, long)}, the account's history replayed from an opening balance
   * (untraced money) before edge {@code startEdge}; earlier edges are skipped.
   */
  Composition balance(int account, int startEdge, long opening, int edgesBefore, long amount) {
    AccountLedger ledger =
        replay(account, startEdge, opening, edgesBefore, new int[0], new Composition[0]);
    taken.clear();
    return composition(ledger.withdraw(amount, taken));
  }

  /**
   * Replays the account's edges below {@code edgesBefore}, merging its two time-sorted CSR rows.
   */
  private AccountLedger replay(
      int account,
      int startEdge,
      long opening,
      int edgesBefore,
      int[] wanted,
      Composition[] found) {
    AccountLedger ledger = rule.openLedger(0, 0);
    if (opening > 0) {
      ledger.deposit(Pieces.UNTRACED, opening);
    }
    int in = graph.inStart(account);
    int out = graph.outStart(account);
    int next = 0;
    while (true) {
      int inEdge = in < graph.inEnd(account) ? graph.inEdge(in) : Integer.MAX_VALUE;
      int outEdge = out < graph.outEnd(account) ? graph.outEdge(out) : Integer.MAX_VALUE;
      if (Math.min(inEdge, outEdge) >= edgesBefore) {
        return ledger;
      }
      if (inEdge < outEdge) {
        in++;
        long amount = inEdge < startEdge ? -1 : amounts.of(inEdge);
        if (amount >= 0) {
          ledger.deposit(inEdge < windowStart ? Pieces.UNTRACED : inEdge, amount);
        }
        continue;
      }
      // An outflow; a self-transfer leaves before it arrives.
      out++;
      long amount = outEdge < startEdge ? -1 : amounts.of(outEdge);
      if (amount < 0) {
        continue;
      }
      taken.clear();
      long shortfall = ledger.withdraw(amount, taken);
      if (next < wanted.length && outEdge == wanted[next]) {
        found[next++] = composition(shortfall);
      }
    }
  }

  private Composition composition(long shortfall) {
    int[] labels = new int[taken.size()];
    long[] parts = new long[taken.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = taken.label(i);
      parts[i] = taken.amount(i);
    }
    return new Composition(labels, parts, shortfall);
  }
}
