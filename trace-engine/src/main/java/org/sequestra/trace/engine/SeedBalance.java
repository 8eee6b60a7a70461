package org.sequestra.trace.engine;

/**
 * What an account seed's account held when the seed is placed: forward at the start of second
 * {@code from}, backward at the end of second {@code until}. The account's own transactions in the
 * traced currency are replayed as the trace replays them (from zero, never below zero), or from the
 * seed's {@link TraceSeed.Opening} when it has one. The part of the seed above this balance is what
 * the trace reports as unexplained at the seed's account; the check runs over one account's rows,
 * before and apart from the sweep.
 *
 * @param balance the balance found, in minor units of the traced currency
 * @param transactions how many of the account's transactions the replay went through
 */
public record SeedBalance(long balance, int transactions) {

  /** The part of {@code amount} the balance covers. */
  public long covered(long amount) {
    return Math.min(amount, balance);
  }

  public static SeedBalance of(
      TemporalGraph graph,
      TraceOptions options,
      TraceSeed.InAccount seed,
      TraceDirection direction) {
    int seedEdge = seedEdge(graph, seed, direction);
    TraceSeed.Opening opening = seed.opening();
    checkOpening(seed, direction);
    int start = opening == null ? 0 : firstEdgeFrom(graph, opening.at());
    return replay(
        graph,
        new TracedAmounts(graph, options),
        seed.account(),
        start,
        seedEdge,
        opening == null ? 0 : opening.balance());
  }

  /**
   * The first edge after the seed's moment: forward before {@code from}, backward to {@code until}.
   */
  static int seedEdge(TemporalGraph graph, TraceSeed.InAccount seed, TraceDirection direction) {
    return direction == TraceDirection.FORWARD
        ? firstEdgeFrom(graph, seed.from())
        : graph.edgesUntil(seed.until());
  }

  /** An opening balance must be known before the seed's moment. */
  static void checkOpening(TraceSeed.InAccount seed, TraceDirection direction) {
    TraceSeed.Opening opening = seed.opening();
    long moment = direction == TraceDirection.FORWARD ? seed.from() : seed.until();
    if (opening != null && opening.at() > moment) {
      throw new IllegalArgumentException("the opening balance is dated after the seed");
    }
  }

  static int firstEdgeFrom(TemporalGraph graph, long epochSecond) {
    return epochSecond == Long.MIN_VALUE ? 0 : graph.edgesUntil(epochSecond - 1);
  }

  /** Merges the account's two time-sorted rows over edges {@code [start, end)}. */
  private static SeedBalance replay(
      TemporalGraph graph, TracedAmounts amounts, int account, int start, int end, long opening) {
    long balance = opening;
    int count = 0;
    int in = graph.inStart(account);
    int out = graph.outStart(account);
    while (true) {
      int inEdge = in < graph.inEnd(account) ? graph.inEdge(in) : Integer.MAX_VALUE;
      int outEdge = out < graph.outEnd(account) ? graph.outEdge(out) : Integer.MAX_VALUE;
      int edge = Math.min(inEdge, outEdge);
      if (edge >= end) {
        return new SeedBalance(balance, count);
      }
      // A self-transfer leaves before it arrives, as in the sweep.
      boolean inflow = inEdge < outEdge;
      if (inflow) {
        in++;
      } else {
        out++;
      }
      long amount = edge < start ? -1 : amounts.of(edge);
      if (amount < 0) {
        continue;
      }
      if (!inflow || graph.from(edge) != account) {
        count++;
      }
      balance = inflow ? balance + amount : Math.max(0, balance - amount);
    }
  }
}
