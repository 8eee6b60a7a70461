package org.sequestra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Smoke test: the smoke-size freezing-service benchmark runs end to end, the registry and the
 * freezing-service each in a JVM of its own from their jars, and what it measures is what it says:
 * every relayed and every directly sent effect applied once, the backlog written while the registry
 * was down applied exactly once after its return, the overdue list exactly the seeded overdue
 * requests in the list's order. Correctness only; no timing is asserted.
 */
class FreezingSmokeBenchmarkTest {

  @Test
  void everyEffectIsAppliedOnceAndTheOverdueListIsTheSeededOne() throws Exception {
    assumeTrue(
        ServiceProcess.built(ServiceProcess.FREEZING)
            && ServiceProcess.built(ServiceProcess.ASSET_REGISTRY),
        "the freezing-service's and the registry's jars are built by the package phase");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    FreezingSize size = FreezingSize.SMOKE;

    FreezingBenchmark.Report report = FreezingBenchmark.run(size, out);
    report.table().print(out);

    int rounds = size.relayWarmUp + size.relaySamples;
    assertThat(report.latency().relayed()).isEqualTo(rounds);
    assertThat(report.latency().directApplied()).isEqualTo(rounds);
    assertThat(report.latency().committedToApplied()).hasSize(size.relaySamples);

    RelayBacklog.Result backlog = report.backlog();
    assertThat(backlog.effects()).isEqualTo(size.backlog);
    assertThat(backlog.applied()).isEqualTo(size.backlog);
    assertThat(backlog.assetsFreezeRequestedOnce()).isEqualTo(size.backlog / 2);
    assertThat(backlog.accessGrants()).isEqualTo(size.backlog / 2);
    assertThat(backlog.delivered()).isEqualTo(size.backlog);
    // the relay tried while the registry was down
    assertThat(backlog.attempts()).isGreaterThan(size.backlog);
    assertThat(backlog.directApplied()).isEqualTo(size.backlog);

    OverdueList.Result overdue = report.overdue();
    assertThat(overdue.expected()).isPositive();
    assertThat(overdue.listed()).isEqualTo(overdue.expected());
    assertThat(overdue.sameOrder()).isTrue();
    assertThat(overdue.listService()).hasSize(size.overdueSamples);
    assertThat(overdue.baselineService()).hasSize(size.overdueSamples);

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "transition committed → registry applied",
            "drain rate",
            "overdue list at the service",
            "load average at the end");
  }
}
