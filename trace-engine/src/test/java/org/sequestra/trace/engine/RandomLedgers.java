package org.sequestra.trace.engine;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small random transaction graphs and trace settings for the property tests. */
final class RandomLedgers {

  static final int ACCOUNTS = 6;
  static final int EUR = 0, USD = 1;

  record Tx(int from, int to, long amount, int currency, long time) {}

  /**
   * A graph plus everything one trace needs; {@code seedPick} chooses the seed transaction or
   * account.
   */
  record Scenario(
      List<Tx> transactions,
      boolean accountSeed,
      int seedPick,
      long seedAmount,
      int hopLimit,
      long minAmount,
      int stopAccount) {

    TemporalGraph graph() {
      TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(ACCOUNTS);
      transactions.forEach(
          tx -> builder.add(tx.from(), tx.to(), tx.amount(), tx.currency(), tx.time()));
      return builder.build();
    }

    TraceSeed seed(TemporalGraph graph, boolean forward) {
      if (accountSeed) {
        return forward
            ? TraceSeed.inAccount(seedPick % ACCOUNTS, seedAmount, seedPick % 20, 40)
            : TraceSeed.inAccount(seedPick % ACCOUNTS, seedAmount, 0, seedPick % 40);
      }
      int transaction = seedPick % transactions.size();
      int currency = transactions.get(transaction).currency();
      int[] sameCurrency =
          java.util.stream.IntStream.range(0, transactions.size())
              .filter(i -> transactions.get(i).currency() == currency)
              .toArray();
      return TraceSeed.transactions(sameCurrency[seedPick % sameCurrency.length]);
    }

    int currency() {
      return accountSeed ? EUR : transactions.get(seedPick % transactions.size()).currency();
    }

    TraceOptions options(AttributionRule rule) {
      TraceOptions options =
          TraceOptions.of(rule, currency()).withHopLimit(hopLimit).withMinAmount(minAmount);
      return stopAccount < 0 ? options : options.withStopList(stopAccount);
    }
  }

  static Arbitrary<Scenario> scenarios() {
    Arbitrary<Tx> tx =
        Combinators.combine(
                Arbitraries.integers().between(0, ACCOUNTS - 1),
                Arbitraries.integers().between(0, ACCOUNTS - 1),
                Arbitraries.longs().between(1, 2_000),
                Arbitraries.integers().between(0, 9).map(d -> d == 0 ? USD : EUR),
                Arbitraries.longs().between(0, 40))
            .as(Tx::new);
    return Combinators.combine(
            tx.list().ofMinSize(1).ofMaxSize(30),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 1_000),
            Arbitraries.longs().between(1, 3_000),
            Arbitraries.integers().between(0, 8),
            Arbitraries.longs().between(0, 400).map(m -> m < 200 ? 0 : m),
            Arbitraries.integers().between(-4, ACCOUNTS - 1).map(a -> Math.max(a, -1)))
        .as(Scenario::new);
  }

  private RandomLedgers() {}
}
