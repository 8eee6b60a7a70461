package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sequestra.platform.test.TestIssuers;

/**
 * A service or the gateway, run from its built jar ({@code <repo>/<module>/target/<module>.jar}) in
 * a JVM of its own, as in production, trusting the platform's stand-in issuer ({@link TestIssuers},
 * whose keys it fetches over HTTP from this process). Its output goes to a log file; the process is
 * stopped on {@link #close()}. The repository's root comes from the system property {@value
 * #ROOT_PROPERTY} (set by {@code run.sh} and by the smoke test's Maven configuration); more JVM
 * options for one module from {@code benchmarks.<module>-jvm-options} (e.g. to profile it).
 */
final class ServiceProcess implements AutoCloseable {

  static final String ROOT_PROPERTY = "benchmarks.root";
  static final String GATEWAY = "gateway";
  static final String ASSET_REGISTRY = "asset-registry-service";
  static final String FINANCIAL_TRACE = "financial-trace-service";
  static final String FREEZING = "freezing-service";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final String module;
  private final Process process;
  private final int port;
  private final int managementPort;
  private final Path log;

  private ServiceProcess(String module, Process process, int port, int managementPort, Path log) {
    this.module = module;
    this.process = process;
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
  }

  /** Whether the module's jar has been built (the smoke test needs a packaged reactor). */
  static boolean built(String module) {
    return Files.isRegularFile(jar(module));
  }

  /** Launches a backend service on its own database of the embedded server; see {@link #ready}. */
  static ServiceProcess service(
      String module,
      EmbeddedPostgres postgres,
      String database,
      List<String> jvmOptions,
      Map<String, String> settings,
      Path logDir)
      throws IOException, InterruptedException {
    return service(module, postgres, database, freePort(), jvmOptions, settings, logDir);
  }

  /** As above, on a given port (a service restarted where its clients expect it). */
  static ServiceProcess service(
      String module,
      EmbeddedPostgres postgres,
      String database,
      int port,
      List<String> jvmOptions,
      Map<String, String> settings,
      Path logDir)
      throws IOException, InterruptedException {
    Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("spring.datasource.url", postgres.getJdbcUrl("postgres", database));
    all.put("spring.datasource.username", "postgres");
    all.putAll(settings);
    return start(module, port, jvmOptions, all, logDir);
  }

  /**
   * Launches the gateway in front of the given service URLs (see {@link #ready}); its per-agency
   * rate limit is off (a benchmark sends far more than an agency's 50 requests/s).
   */
  static ServiceProcess gateway(
      String assetRegistryUrl,
      String financialTraceUrl,
      List<String> jvmOptions,
      Map<String, String> settings,
      Path logDir)
      throws IOException, InterruptedException {
    Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("sequestra.services.asset-registry-url", assetRegistryUrl);
    all.put("sequestra.services.financial-trace-url", financialTraceUrl);
    // not started by the benchmarks: a closed port
    all.put("sequestra.services.freezing-url", "http://127.0.0.1:" + freePort());
    all.put("sequestra.gateway.rate-limit.enabled", "false");
    all.putAll(settings);
    return start(GATEWAY, freePort(), jvmOptions, all, logDir);
  }

  /** A URL where nothing listens, for a backend a benchmark does not start. */
  static String nowhere() throws IOException {
    return "http://127.0.0.1:" + freePort();
  }

  private static ServiceProcess start(
      String module, int port, List<String> jvmOptions, Map<String, String> settings, Path logDir)
      throws IOException, InterruptedException {
    Path jar = jar(module);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " not found: build it first (./benchmarks/run.sh does)");
    }
    int managementPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    // e.g. -Dbenchmarks.gateway-jvm-options=-XX:StartFlightRecording=filename=gw.jfr to profile one
    String extra = System.getProperty("benchmarks." + module + "-jvm-options", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString()));
    // command-line arguments take precedence over the jar's application.yaml
    command.add("--server.port=" + port);
    // health probes and metrics: a port of their own, as deployed
    command.add("--management.server.port=" + managementPort);
    command.add("--sequestra.keycloak-url=" + TestIssuers.baseUrl());
    command.add("--spring.main.banner-mode=off");
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    Files.createDirectories(logDir);
    Path log = logDir.resolve(module + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            // appended: a service restarted in one run keeps one log
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new ServiceProcess(module, process, port, managementPort, log);
  }

  /**
   * Waits until the process answers its readiness probe (launched ones start side by side); stops
   * it if it does not.
   */
  ServiceProcess ready() throws InterruptedException {
    try {
      awaitReady();
    } catch (RuntimeException | InterruptedException e) {
      close();
      throw e;
    }
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return log;
  }

  private void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            module + " exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(module + " not ready after " + START_TIMEOUT + "; see " + log);
  }

  /** Stops the process (Spring's graceful shutdown first), waiting for it to end. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(40, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static Path jar(String module) {
    String root = System.getProperty(ROOT_PROPERTY, "..");
    return Path.of(root).resolve(module).resolve("target").resolve(module + ".jar");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
