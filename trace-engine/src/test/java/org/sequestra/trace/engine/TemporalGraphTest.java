package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemporalGraphTest {

  @Test
  void acceptsTransactionsInAnyOrderAndSortsThemByTimeThenSequence() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    int late = builder.add(0, 1, 300, 978, 1_700_000_300L);
    int tieSecond = builder.add(0, 2, 200, 978, 1_700_000_100L, 7);
    int tieFirst = builder.add(0, 3, 100, 978, 1_700_000_100L, 3);
    TemporalGraph graph = builder.build();
    assertThat(graph.baseTime()).isEqualTo(1_700_000_100L);
    assertThat(new int[] {graph.transactionId(0), graph.transactionId(1), graph.transactionId(2)})
        .containsExactly(tieFirst, tieSecond, late);
    assertThat(graph.time(2)).isEqualTo(1_700_000_300L);
    assertThat(graph.amount(0)).isEqualTo(100);
    assertThat(graph.edgesOf(late, tieFirst)).containsExactly(2, 0);
    assertThat(graph.edgesUntil(1_700_000_100L)).isEqualTo(2);
  }

  @Test
  void csrRowsListEachAccountsEdgesInTimeOrder() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    builder.add(0, 1, 1, 0, 30);
    builder.add(2, 0, 1, 0, 10);
    builder.add(0, 2, 1, 0, 20);
    builder.add(1, 0, 1, 0, 40);
    TemporalGraph graph = builder.build();
    assertThat(graph.outEnd(0) - graph.outStart(0)).isEqualTo(2);
    assertThat(graph.time(graph.outEdge(graph.outStart(0)))).isEqualTo(20);
    assertThat(graph.time(graph.outEdge(graph.outStart(0) + 1))).isEqualTo(30);
    assertThat(graph.time(graph.inEdge(graph.inStart(0)))).isEqualTo(10);
    assertThat(graph.time(graph.inEdge(graph.inStart(0) + 1))).isEqualTo(40);
  }

  @Test
  void staysWithinTheMemoryBudgetOf48BytesPerTransaction() {
    TemporalGraph.Builder builder = TemporalGraph.builder();
    Random random = new Random(1);
    for (int i = 0; i < 100_000; i++) {
      builder.add(
          random.nextInt(10_000),
          random.nextInt(10_000),
          1 + random.nextInt(1_000_000),
          978,
          1_600_000_000L + random.nextInt(100_000_000));
    }
    TemporalGraph graph = builder.build();
    // 42 bytes per transaction plus 8 per account for the row offsets.
    assertThat(graph.memoryBytes()).isEqualTo(42L * 100_000 + 8L * (10_000 + 1));
    assertThat(graph.bytesPerTransaction()).isLessThanOrEqualTo(48);
    // Known before building, so that a service can refuse a graph its heap cannot hold.
    assertThat(TemporalGraph.memoryBytes(100_000, graph.accountCount()))
        .isEqualTo(graph.memoryBytes());
    assertThat(TemporalGraph.buildBytes(100_000, graph.accountCount()))
        .isGreaterThan(graph.memoryBytes());
  }

  @Test
  void aPresizedBuilderBuildsTheSameGraph() {
    TemporalGraph.Builder presized = TemporalGraph.builder(3);
    TemporalGraph.Builder growing = TemporalGraph.builder();
    for (TemporalGraph.Builder builder : java.util.List.of(presized, growing)) {
      for (int i = 0; i < 40; i++) {
        builder.add(i % 7, (i + 1) % 7, 10 + i, 0, 1_600_000_000L + (i * 37) % 11);
      }
    }
    TemporalGraph a = presized.build();
    TemporalGraph b = growing.build();
    for (int e = 0; e < 40; e++) {
      assertThat(a.transactionId(e)).isEqualTo(b.transactionId(e));
      assertThat(a.amount(e)).isEqualTo(b.amount(e));
    }
  }

  @Test
  void rejectsWhatItCannotRepresent() {
    assertThatThrownBy(() -> TemporalGraph.builder().add(0, 1, 0, 978, 1))
        .isInstanceOf(IllegalArgumentException.class);
    TemporalGraph.Builder tooLong = TemporalGraph.builder();
    tooLong.add(0, 1, 1, 978, 0);
    tooLong.add(0, 1, 1, 978, 1L << 32);
    assertThatThrownBy(tooLong::build).hasMessageContaining("2^32");
  }

  @Test
  void accountIndexMapsExternalKeysToDenseIds() {
    AccountIndex index = new AccountIndex();
    int a = index.idOf("DE89370400440532013000");
    int b = index.idOf("FR1420041010050500013M02606");
    assertThat(index.idOf("DE89370400440532013000")).isEqualTo(a).isZero();
    assertThat(b).isEqualTo(1);
    assertThat(index.keyOf(b)).isEqualTo("FR1420041010050500013M02606");
    assertThat(index.find("unknown")).isEmpty();
    assertThat(index.size()).isEqualTo(2);
  }
}
