package org.sequestra.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * A deterministic synthetic ledger: transactions between accounts whose activity follows a Zipf
 * (power-law) law, so a few hub accounts (payment processors, exchanges) carry a large share of the
 * traffic and most accounts see a handful of transactions.
 *
 * <p>Each transaction draws its sender and its receiver independently from the same Zipf law over
 * account ranks (rank r has weight r^-{@value #ZIPF_EXPONENT}, i.e. a degree distribution with tail
 * exponent about 2.1, as reported for payment networks); ranks map to account ids through a random
 * permutation so hubs are not clustered at low ids. A hub therefore both receives and sends a lot.
 * Times are uniform over one year (one-second resolution), amounts log-uniform from 1.00 to 100
 * 000.00 EUR, no self-transfers. The same size and seed always give the same ledger.
 */
final class SyntheticLedger {

  static final double ZIPF_EXPONENT = 0.9;
  static final long YEAR_START = 1_735_689_600L; // 2025-01-01T00:00:00Z
  static final int YEAR_SECONDS = 365 * 86_400;
  static final int EUR = 978;

  final int accounts;
  final int[] from;
  final int[] to;
  final long[] amount;
  final long[] time;

  private SyntheticLedger(int accounts, int[] from, int[] to, long[] amount, long[] time) {
    this.accounts = accounts;
    this.from = from;
    this.to = to;
    this.amount = amount;
    this.time = time;
  }

  static SyntheticLedger generate(int accounts, int transactions, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] cumulative = zipfCumulative(accounts);
    int[] accountOfRank = permutation(accounts, random);
    int[] from = new int[transactions];
    int[] to = new int[transactions];
    long[] amount = new long[transactions];
    long[] time = new long[transactions];
    for (int i = 0; i < transactions; i++) {
      int sender = accountOfRank[rank(cumulative, random.nextDouble())];
      int receiver;
      do {
        receiver = accountOfRank[rank(cumulative, random.nextDouble())];
      } while (receiver == sender);
      from[i] = sender;
      to[i] = receiver;
      amount[i] = Math.round(Math.pow(10, 2 + 5 * random.nextDouble()));
      time[i] = YEAR_START + random.nextInt(YEAR_SECONDS);
    }
    return new SyntheticLedger(accounts, from, to, amount, time);
  }

  int transactionCount() {
    return from.length;
  }

  /** The engine's graph of this ledger; transaction ids are the ledger's indexes. */
  TemporalGraph toGraph() {
    TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(accounts);
    for (int i = 0; i < from.length; i++) {
      builder.add(from[i], to[i], amount[i], EUR, time[i]);
    }
    return builder.build();
  }

  private static double[] zipfCumulative(int ranks) {
    double[] cumulative = new double[ranks];
    double sum = 0;
    for (int r = 0; r < ranks; r++) {
      sum += Math.pow(r + 1, -ZIPF_EXPONENT);
      cumulative[r] = sum;
    }
    for (int r = 0; r < ranks; r++) {
      cumulative[r] /= sum;
    }
    return cumulative;
  }

  /** The first rank whose cumulative weight exceeds {@code u}. */
  private static int rank(double[] cumulative, double u) {
    int found = Arrays.binarySearch(cumulative, u);
    return Math.min(found >= 0 ? found + 1 : -found - 1, cumulative.length - 1);
  }

  private static int[] permutation(int size, SplittableRandom random) {
    int[] permutation = new int[size];
    for (int i = 0; i < size; i++) {
      permutation[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return permutation;
  }
}
