package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sequestra.platform.test.TestIssuers;

/**
 * The gateway's cost (issue 14): the same authenticated requests sent directly to the asset
 * registry and through the gateway, each a JVM of its own started from its built jar ({@link
 * ServiceProcess}), at 1, 16 and 64 concurrent clients for a fixed time each. The two paths are
 * interleaved slice by slice (direct, gateway, direct, gateway) so that noise from other processes
 * hits both. Reported: throughput ratio gateway/direct and the latency the gateway adds at p50 and
 * p99 (targets: ≥ 50 % of the direct throughput; ≤ 2 ms more at p99 with 16 clients). Every answer
 * must be 200 with the same body on both paths. Usage: {@code ./benchmarks/run.sh --bench=gateway
 * [--size=small]}.
 */
public final class GatewayBenchmark {

  /**
   * How long one run is.
   *
   * @param clients the concurrencies measured
   * @param slices measured slices per cell and path, alternating direct and gateway
   * @param slice the length of one slice
   * @param warmUp the load on each path and request before anything is measured
   */
  enum GatewaySize {
    SMOKE(new int[] {1, 4}, 1, Duration.ofMillis(500), Duration.ofSeconds(1)),
    SMALL(new int[] {1, 16, 64}, 2, Duration.ofMillis(1_500), Duration.ofSeconds(3)),
    FULL(new int[] {1, 16, 64}, 2, Duration.ofSeconds(10), Duration.ofSeconds(10));

    final int[] clients;
    final int slices;
    final Duration slice;
    final Duration warmUp;

    GatewaySize(int[] clients, int slices, Duration slice, Duration warmUp) {
      this.clients = clients;
      this.slices = slices;
      this.slice = slice;
      this.warmUp = warmUp;
    }
  }

  /** What one run produced: the table, and what the smoke test checks. */
  record Report(ResultTable table, long requests, long failures, List<String> problems) {}

  /** The two requests: no database, and one page of the registry. */
  static final List<String> PATHS = List.of("/api/v1/me", "/api/v1/cases?size=20");

  private static final int CASES = 100;
  private static final int ASSETS = 2_000;

  private GatewayBenchmark() {}

  public static void main(String[] args) throws Exception {
    GatewaySize size = GatewaySize.FULL;
    for (String arg : args) {
      switch (arg) {
        case "--size=smoke" -> size = GatewaySize.SMOKE;
        case "--size=small" -> size = GatewaySize.SMALL;
        case "--size=full" -> size = GatewaySize.FULL;
        default -> {
          System.err.println("usage: GatewayBenchmark [--size=smoke|small|full]");
          System.exit(2);
        }
      }
    }
    run(size, System.out).table().print(System.out);
    System.exit(0);
  }

  static Report run(GatewaySize size, PrintStream out) throws Exception {
    out.printf(
        "Sequestra gateway benchmark, size %s, %s%n", size.name().toLowerCase(), LocalDate.now());
    out.printf(
        "machine: %d cores, Java %s; load average at start (other processes share these cores): %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Benchmarks.loadAverage());
    Path logs = Files.createTempDirectory("sequestra-gateway-bench");
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("shared_buffers", "256MB")
            .setServerConfig("jit", "off")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start()) {
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE asset_registry");
      }
      long start = System.nanoTime();
      try (ServiceProcess registry =
              ServiceProcess.service(
                  ServiceProcess.ASSET_REGISTRY,
                  postgres,
                  "asset_registry",
                  List.of("-Xms1g", "-Xmx1g"),
                  Map.of("logging.level.root", "WARN"),
                  logs);
          ServiceProcess gateway =
              ServiceProcess.gateway(
                  registry.baseUrl(),
                  ServiceProcess.nowhere(),
                  List.of("-Xms512m", "-Xmx512m"),
                  Map.of("logging.level.root", "WARN"),
                  logs)) {
        registry.ready();
        gateway.ready();
        out.printf(
            "registry and gateway started as separate JVMs in %s (logs in %s)%n",
            Stats.millis(System.nanoTime() - start), logs);
        try (Connection connection =
            postgres.getDatabase("postgres", "asset_registry").getConnection()) {
          new RegistrySeed(CASES, ASSETS).load(connection);
        }
        Report report = new Measurement(size, registry.baseUrl(), gateway.baseUrl(), out).run();
        out.printf("%nload average at the end: %s%n%n", Benchmarks.loadAverage());
        return report;
      }
    }
  }

  /** One slice's answers: latencies of the 200s with the expected body, and what went wrong. */
  private record Slice(long[] nanos, long requests, long failures, String firstFailure) {}

  private static final class Measurement {
    private final GatewaySize size;
    private final String direct;
    private final String viaGateway;
    private final PrintStream out;
    // keep-alive connections, HTTP/1.1 as between the gateway and the service
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String bearer =
        TestIssuers.token("agency-nl")
            .username("benchmark")
            .roles("ARO_ANALYST")
            .expiresAt(Instant.now().plus(Duration.ofHours(12)))
            .bearer();
    private final List<String> problems = new ArrayList<>();
    private long requests;
    private long failures;

    Measurement(GatewaySize size, String direct, String viaGateway, PrintStream out) {
      this.size = size;
      this.direct = direct;
      this.viaGateway = viaGateway;
      this.out = out;
    }

    Report run() throws Exception {
      ResultTable table = new ResultTable();
      table.section(
          String.format(
              "Gateway vs direct: asset registry (%,d cases, %,d assets), HTTP/1.1 keep-alive on"
                  + " loopback, %s per cell and path in %d interleaved slices, after %s warm-up",
              CASES,
              ASSETS,
              Stats.millis(size.slice.toNanos() * size.slices),
              size.slices,
              Stats.millis(size.warmUp.toNanos())));
      for (String path : PATHS) {
        byte[] expected = reference(path);
        // warm-up: both JVMs compile the whole path before anything is timed
        for (String base : List.of(direct, viaGateway)) {
          load(base, path, expected, 16, size.warmUp);
        }
        for (int clients : size.clients) {
          List<Slice> directSlices = new ArrayList<>();
          List<Slice> gatewaySlices = new ArrayList<>();
          for (int slice = 0; slice < size.slices; slice++) {
            directSlices.add(count(load(direct, path, expected, clients, size.slice)));
            gatewaySlices.add(count(load(viaGateway, path, expected, clients, size.slice)));
          }
          long wall = size.slice.toNanos() * size.slices;
          row(table, path, clients, directSlices, gatewaySlices, wall);
        }
      }
      out.printf(
          "checks: %,d requests, %,d not 200 with the expected body%s%n",
          requests, failures, problems.isEmpty() ? "" : " (" + problems.get(0) + ")");
      return new Report(table, requests, failures, List.copyOf(problems));
    }

    /** The body both paths must answer: the service's own, once directly, once through. */
    private byte[] reference(String path) throws IOException, InterruptedException {
      HttpResponse<byte[]> directly = send(direct, path);
      HttpResponse<byte[]> through = send(viaGateway, path);
      if (directly.statusCode() != 200 || through.statusCode() != 200) {
        problems.add(
            path + ": direct " + directly.statusCode() + ", gateway " + through.statusCode());
      } else if (!Arrays.equals(directly.body(), through.body())) {
        problems.add(path + ": the gateway answered another body than the service");
      }
      return directly.body();
    }

    private Slice count(Slice slice) {
      requests += slice.requests();
      failures += slice.failures();
      if (slice.firstFailure() != null && problems.size() < 10) {
        problems.add(slice.firstFailure());
      }
      return slice;
    }

    private HttpResponse<byte[]> send(String base, String path)
        throws IOException, InterruptedException {
      return http.send(request(base, path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String base, String path) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", bearer)
          .header("Accept", "application/json")
          .timeout(Duration.ofSeconds(30))
          .GET()
          .build();
    }

    /** {@code clients} threads sending one request after another, each, for {@code duration}. */
    private Slice load(String base, String path, byte[] expected, int clients, Duration duration)
        throws InterruptedException {
      HttpRequest request = request(base, path);
      CountDownLatch ready = new CountDownLatch(clients);
      CountDownLatch go = new CountDownLatch(1);
      AtomicLong sent = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      AtomicReference<String> firstFailure = new AtomicReference<>();
      long[][] perClient = new long[clients][];
      int[] counts = new int[clients];
      AtomicLong deadline = new AtomicLong();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        threads.add(
            Thread.ofPlatform()
                .name("client-" + c)
                .start(
                    () -> {
                      long[] nanos = new long[1024];
                      int n = 0;
                      ready.countDown();
                      try {
                        go.await();
                      } catch (InterruptedException e) {
                        return;
                      }
                      while (System.nanoTime() < deadline.get()) {
                        long start = System.nanoTime();
                        String failure;
                        try {
                          HttpResponse<byte[]> response =
                              http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                          long elapsed = System.nanoTime() - start;
                          failure =
                              response.statusCode() != 200
                                  ? "status " + response.statusCode()
                                  : Arrays.equals(response.body(), expected)
                                      ? null
                                      : "another body";
                          if (failure == null) {
                            if (n == nanos.length) {
                              nanos = Arrays.copyOf(nanos, n * 2);
                            }
                            nanos[n++] = elapsed;
                          }
                        } catch (IOException | InterruptedException e) {
                          failure = e.toString();
                        }
                        sent.incrementAndGet();
                        if (failure != null) {
                          failed.incrementAndGet();
                          firstFailure.compareAndSet(null, base + path + ": " + failure);
                        }
                      }
                      perClient[client] = nanos;
                      counts[client] = n;
                    }));
      }
      ready.await();
      deadline.set(System.nanoTime() + duration.toNanos());
      go.countDown();
      for (Thread thread : threads) {
        thread.join();
      }
      List<long[]> all = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        all.add(Arrays.copyOf(perClient[c], counts[c]));
      }
      return new Slice(concat(all), sent.get(), failed.get(), firstFailure.get());
    }
  }

  private static void row(
      ResultTable table,
      String path,
      int clients,
      List<Slice> directSlices,
      List<Slice> gatewaySlices,
      long wall) {
    long[] direct = concat(directSlices.stream().map(Slice::nanos).toList());
    long[] gateway = concat(gatewaySlices.stream().map(Slice::nanos).toList());
    String figure = String.format("GET %s, %d client%s", path, clients, clients == 1 ? "" : "s");
    boolean p99Target = clients == 16;
    String target = p99Target ? "≥ 50 %, p99 +≤ 2 ms" : "≥ 50 %";
    if (direct.length == 0 || gateway.length == 0) {
      table.row(
          figure,
          "gateway " + describe(gateway, wall, gatewaySlices),
          "direct " + describe(direct, wall, directSlices),
          "",
          target,
          ResultTable.verdict(false));
      return;
    }
    double ratio = (double) gateway.length / direct.length;
    long addedP50 = Stats.percentile(gateway, 50) - Stats.percentile(direct, 50);
    long addedP99 = Stats.percentile(gateway, 99) - Stats.percentile(direct, 99);
    boolean failed = failures(gatewaySlices) > 0 || failures(directSlices) > 0;
    table.row(
        figure,
        "gateway " + describe(gateway, wall, gatewaySlices),
        "direct " + describe(direct, wall, directSlices),
        String.format(
            "%.0f %% of direct; %s p50, %s p99", ratio * 100, signed(addedP50), signed(addedP99)),
        target,
        ResultTable.verdict(!failed && ratio >= 0.5 && (!p99Target || addedP99 <= 2_000_000)));
  }

  /** Throughput and latency of the right answers; the wrong ones counted with the first. */
  private static String describe(long[] nanos, long wall, List<Slice> slices) {
    String answered =
        nanos.length == 0
            ? "no right answer"
            : String.format(
                "%,.0f req/s, p50 %s / p99 %s",
                nanos.length / (wall / 1e9),
                Stats.millis(Stats.percentile(nanos, 50)),
                Stats.millis(Stats.percentile(nanos, 99)));
    long failures = failures(slices);
    if (failures == 0) {
      return answered;
    }
    String first =
        slices.stream().map(Slice::firstFailure).filter(f -> f != null).findFirst().orElse("");
    return answered
        + String.format("; %,d wrong (%s)", failures, first.substring(first.indexOf(": ") + 2));
  }

  private static long failures(List<Slice> slices) {
    return slices.stream().mapToLong(Slice::failures).sum();
  }

  private static String signed(long nanos) {
    return (nanos < 0 ? "−" : "+") + Stats.millis(Math.abs(nanos));
  }

  private static long[] concat(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(part -> part.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
