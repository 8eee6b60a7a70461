package org.sequestra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Smoke test: the smoke-size benchmark runs end to end against a real PostgreSQL, the engine agrees
 * with the recursive CTE, and both ingest loaders load every row. Correctness only; no timing is
 * asserted.
 */
class SmokeBenchmarkTest {

  @Test
  void smokeRunAgreesWithPostgresAndPrintsEveryFigure() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Benchmarks.Report report =
        Benchmarks.run(Size.SMOKE, new PrintStream(printed, true, StandardCharsets.UTF_8));
    report.table().print(new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(report.graph().transactionCount()).isEqualTo(Size.SMOKE.transactions);
    assertThat(report.trace().engine())
        .hasSize(Size.SMOKE.arrivalSeeds + Size.SMOKE.hubSeeds)
        .allSatisfy(run -> assertThat(run.accounts()).contains(run.seed().account()));
    assertThat(report.trace().engine())
        .anySatisfy(
            run -> {
              assertThat(run.accounts().length).isGreaterThan(1);
              assertThat(run.edgesScanned()).isPositive();
            });
    // Every seed the CTE answered in time has exactly the engine's reachable set, and some did.
    assertThat(report.trace().cte())
        .filteredOn(run -> !run.timedOut())
        .isNotEmpty()
        .allSatisfy(run -> assertThat(run.accounts()).isEqualTo(run.engine().accounts()));
    assertThat(report.trace().cte())
        .filteredOn(run -> !run.timedOut())
        .anySatisfy(run -> assertThat(run.accounts().length).isGreaterThan(10));

    // The real import took every row once; the same file again was skipped row for row.
    assertThat(report.ingest().first().imported()).isEqualTo(Size.SMOKE.transactions);
    assertThat(report.ingest().importedRows()).isEqualTo(Size.SMOKE.transactions);
    assertThat(report.ingest().insertedRows()).isEqualTo(Size.SMOKE.transactions);
    // The server-only load (the import's ceiling) loaded the same rows again.
    assertThat(report.ingest().serverOnly().rows()).isEqualTo(Size.SMOKE.transactions);
    assertThat(report.ingest().again().imported()).isZero();
    assertThat(report.ingest().again().duplicatesSkipped()).isEqualTo(Size.SMOKE.transactions);

    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains(
            "memory, both directions",
            "engine latency p99",
            "speed-up vs CTE",
            "LIBR sweep",
            "PRO_RATA sweep",
            "FIFO sweep",
            "LIFO sweep",
            "Ingest",
            "import end to end",
            "PostgreSQL alone");
  }
}
