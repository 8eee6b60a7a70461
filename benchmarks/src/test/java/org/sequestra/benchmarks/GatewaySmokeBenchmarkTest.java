package org.sequestra.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Smoke test: the smoke-size gateway benchmark runs end to end, the registry and the gateway each
 * in a JVM of its own from their jars, and every request on both paths answered 200 with the same
 * body. Correctness only; no timing is asserted. Needs the packaged jars, as {@code mvn -pl
 * benchmarks -am verify} builds them before this module's tests.
 */
class GatewaySmokeBenchmarkTest {

  @Test
  void everyRequestDirectAndThroughTheGatewayGetsTheSameAnswer() throws Exception {
    assumeTrue(
        ServiceProcess.built(ServiceProcess.GATEWAY)
            && ServiceProcess.built(ServiceProcess.ASSET_REGISTRY),
        "the gateway's and the registry's jars are built by the package phase");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    GatewayBenchmark.Report report = GatewayBenchmark.run(GatewayBenchmark.GatewaySize.SMOKE, out);
    report.table().print(out);

    assertThat(report.problems()).isEmpty();
    assertThat(report.failures()).isZero();
    assertThat(report.requests()).isPositive();
    String output = printed.toString(StandardCharsets.UTF_8);
    for (String path : GatewayBenchmark.PATHS) {
      assertThat(output).contains("GET " + path + ", 1 client", "GET " + path + ", 4 clients");
    }
    assertThat(output).contains("% of direct", "load average at the end");
  }
}
