package org.sequestra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Smoke test: the smoke-size registry benchmark runs end to end against the real service and what
 * it measures is what it says (look-ups find the seeded asset, registrations with a shared IBAN
 * notify both agencies, every registration is audited). Correctness only; no timing is asserted.
 */
class RegistrySmokeBenchmarkTest {

  @Test
  void smokeRunMeasuresWhatItClaimsAndPrintsEveryFigure() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    RegistryBenchmark.Report report = RegistryBenchmark.run(RegistrySize.SMOKE, out);
    report.table().print(out);

    assertThat(report.lookUps()).isEqualTo(RegistrySize.SMOKE.samples);
    assertThat(report.lookUpsFound()).isEqualTo(report.lookUps());
    // one registration with a hit per round (warm-up included), each on another NL account
    int rounds = RegistrySize.SMOKE.warmUp + RegistrySize.SMOKE.samples;
    assertThat(report.hitsForEs()).isEqualTo(rounds);
    assertThat(report.hitsForNl()).isEqualTo(rounds);
    assertThat(report.registrationsAudited()).isEqualTo(2L * rounds);

    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains(
            "GET /api/v1/me at the service",
            "identifier look-up at the service",
            "hit/no-hit check at the service",
            "asset registration at the service",
            "round trip",
            "load average at the end");
  }
}
