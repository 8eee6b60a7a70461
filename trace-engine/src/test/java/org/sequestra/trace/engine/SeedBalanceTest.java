package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SeedBalanceTest {

  static final int EUR = 978, USD = 840;
  static final int V = 0, S = 1, E = 2;

  /** The check says exactly what the sweep places: the seed minus the unexplained part. */
  @Test
  void theBalanceFoundIsWhatTheForwardSweepPlaces() {
    Random random = new Random(14);
    for (int round = 0; round < 300; round++) {
      TemporalGraph.Builder builder = TemporalGraph.builder();
      int accounts = 2 + random.nextInt(5);
      for (int i = 0; i < 40; i++) {
        builder.add(
            random.nextInt(accounts),
            random.nextInt(accounts),
            1 + random.nextInt(500),
            random.nextInt(4) == 0 ? USD : EUR,
            random.nextInt(30));
      }
      TemporalGraph graph = builder.build();
      int account = random.nextInt(accounts);
      long from = random.nextInt(32);
      TraceSeed.InAccount seed = new TraceSeed.InAccount(account, 1_000_000, from, 40);
      for (AttributionRule rule :
          new AttributionRule[] {AttributionRule.FIFO, AttributionRule.LIBR}) {
        TraceOptions options = TraceOptions.of(rule, EUR);
        SeedBalance found = SeedBalance.of(graph, options, seed, TraceDirection.FORWARD);
        TraceResult result = new ForwardTrace(graph).trace(seed, options);
        assertThat(seed.amount() - result.amountAt(account, EndReason.UNEXPLAINED))
            .as("round " + round + "\n" + result)
            .isEqualTo(found.balance());
        assertThat(result.reconciliation().orElseThrow().balances()).isTrue();
      }
    }
  }

  @Test
  void anEmptyAccountHoldsNothingAndTheWholeSeedIsUnexplained() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(V, E, 500, EUR, 1);
    builder.add(S, E, 1, EUR, 20); // after the seed
    TemporalGraph graph = builder.build();
    TraceSeed.InAccount seed = new TraceSeed.InAccount(S, 10_000_000, 5, 10);
    TraceOptions options = TraceOptions.of(AttributionRule.FIFO, EUR);
    SeedBalance found = SeedBalance.of(graph, options, seed, TraceDirection.FORWARD);
    assertThat(found.balance()).isZero();
    assertThat(found.covered(seed.amount())).isZero();
    assertThat(new ForwardTrace(graph).trace(seed, options).reconciliation().orElseThrow())
        .isEqualTo(new Reconciliation(10_000_000, 0, 0, 0, 0, 10_000_000));
  }

  @Test
  void aReplayCountsTheAccountsTransactionsInTheCurrencyBeforeTheSeed() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(V, S, 300, EUR, 1);
    builder.add(S, E, 500, EUR, 2); // takes only the 300 there: balances never go below zero
    builder.add(V, S, 200, EUR, 3);
    builder.add(V, S, 999, USD, 3); // another currency
    builder.add(V, S, 700, EUR, 9); // after the seed
    TemporalGraph graph = builder.build();
    TraceSeed.InAccount seed = new TraceSeed.InAccount(S, 1000, 5, 10);
    SeedBalance found =
        SeedBalance.of(
            graph, TraceOptions.of(AttributionRule.FIFO, EUR), seed, TraceDirection.FORWARD);
    assertThat(found).isEqualTo(new SeedBalance(200, 3));
    SeedBalance atTheEnd =
        SeedBalance.of(
            graph, TraceOptions.of(AttributionRule.FIFO, EUR), seed, TraceDirection.BACKWARD);
    assertThat(atTheEnd).isEqualTo(new SeedBalance(900, 4));
  }

  @Test
  void forwardTheReplayStartsFromTheOpeningBalanceAndTheSweepPlacesWhatItFound() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(V, S, 50, EUR, 1); // before the statement's opening: skipped
    builder.add(V, S, 200, EUR, 12);
    int out = builder.add(S, E, 900, EUR, 20);
    TemporalGraph graph = builder.build();
    TraceSeed.InAccount seed = new TraceSeed.InAccount(S, 1500, 15, 30).withOpening(10, 1000);
    TraceOptions options = TraceOptions.of(AttributionRule.FIFO, EUR);
    assertThat(SeedBalance.of(graph, options, seed, TraceDirection.FORWARD))
        .isEqualTo(new SeedBalance(1200, 1));
    TraceResult result = new ForwardTrace(graph).trace(seed, options);
    assertThat(result.amountAt(S, EndReason.UNEXPLAINED)).isEqualTo(300);
    assertThat(result.flowOf(out)).isEqualTo(900);
    assertThat(result.heldAt(S)).isEqualTo(300);
    assertThat(result.reconciliation().orElseThrow())
        .isEqualTo(new Reconciliation(1500, 1200, 0, 0, 0, 300));
    // Without the opening balance the account held 250.
    TraceResult replayedFromZero =
        new ForwardTrace(graph).trace(new TraceSeed.InAccount(S, 1500, 15, 30), options);
    assertThat(replayedFromZero.amountAt(S, EndReason.UNEXPLAINED)).isEqualTo(1250);
  }

  @Test
  void backwardTheOpeningBalanceIsMoneyAlreadyThere() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int in = builder.add(V, S, 400, EUR, 12);
    TemporalGraph graph = builder.build();
    TraceSeed.InAccount seed = new TraceSeed.InAccount(S, 1000, 0, 20).withOpening(10, 500);
    TraceOptions options = TraceOptions.of(AttributionRule.FIFO, EUR);
    assertThat(SeedBalance.of(graph, options, seed, TraceDirection.BACKWARD).balance())
        .isEqualTo(900);
    TraceResult result = new BackwardTrace(graph).trace(seed, options);
    assertThat(result.amountAt(S, EndReason.UNEXPLAINED)).isEqualTo(100);
    assertThat(result.heldAt(S)).isEqualTo(500);
    assertThat(result.flowOf(in)).isEqualTo(400);
    assertThat(result.reconciliation().orElseThrow().balances()).isTrue();
  }

  @Test
  void anOpeningBalanceAfterTheSeedIsRefused() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(V, S, 400, EUR, 12);
    TemporalGraph graph = builder.build();
    TraceSeed.InAccount seed = new TraceSeed.InAccount(S, 1000, 5, 20).withOpening(10, 500);
    TraceOptions options = TraceOptions.of(AttributionRule.FIFO, EUR);
    assertThatThrownBy(() -> new ForwardTrace(graph).trace(seed, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the seed");
  }
}
